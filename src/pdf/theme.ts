// Page geometry and type scale of the assessment PDF, in one place so layout and tests agree.

export const PT = 25.4 / 72; // mm per point

export const PAGE = { width: 210, height: 297 } as const;
/** Nothing is drawn outside these margins, header and footer included. */
export const MARGIN = { left: 18, right: 18, top: 14, bottom: 13 } as const;
export const BODY = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  /** Below the running header of pages 2+. */
  top: MARGIN.top + 10,
  /** Above the two-line footer. */
  bottom: PAGE.height - MARGIN.bottom - 12,
} as const;

/** The area between the running header and the footer. */
export interface Body {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A4 landscape, for the register's wide table; same margins. */
export const LANDSCAPE_PAGE = { width: PAGE.height, height: PAGE.width } as const;
export const LANDSCAPE_BODY: Body = {
  left: MARGIN.left,
  right: LANDSCAPE_PAGE.width - MARGIN.right,
  top: BODY.top,
  bottom: LANDSCAPE_PAGE.height - MARGIN.bottom - 12,
};

export const FONT = 'DejaVuSans';
export const LINE_FACTOR = 1.3;

export const SIZE = { title: 16, h2: 12.5, h3: 10.5, body: 9.5, table: 8.5, small: 7.5, sign: 20 } as const;

export type Rgb = readonly [number, number, number];
export const COLOR = {
  text: [25, 28, 32],
  muted: [90, 98, 108],
  rule: [200, 205, 212],
  accent: [29, 79, 115],
  headerFill: [29, 79, 115],
  zebra: [243, 246, 249],
  labelFill: [236, 241, 246],
  red: [170, 32, 32],
  redFill: [252, 236, 236],
  amber: [166, 98, 0],
  amberFill: [253, 244, 224],
  green: [24, 112, 62],
  greenFill: [232, 246, 237],
  grey: [90, 98, 108],
  greyFill: [240, 242, 245],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

export const lineHeight = (sizePt: number): number => sizePt * PT * LINE_FACTOR;
/** Baseline below the top of a line box: half the leading plus DejaVu's ascent (0.928 em). */
export const baselineOffset = (sizePt: number): number => sizePt * PT * ((LINE_FACTOR - 1.164) / 2 + 0.928);
