// Every assessment kind the app knows. Adding a kind is a folder beside this file and one line here.
import { defineRegistry } from '../engine/registry';
import { camera } from './camera/kind';
import { digitalService } from './digital-service/kind';

export const kinds = defineRegistry([camera, digitalService]);
