// Canonical JSON of any value (sorted keys, no whitespace) and SHA-256, for the backup checksum.
export { canonicalJson } from '../engine/canonical';
export { sha256Hex } from '../assessments/camera/domain';
