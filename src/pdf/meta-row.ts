// The row of bordered label/value cells under a document's title (date, diarienummer, version, status).
import type { Flow, TextStyle } from './layout';
import { COLOR, SIZE, lineHeight } from './theme';

/** One row of bordered label/value cells; the last (the registry number) leaves room to write by hand. */
export function metaRow(flow: Flow, cells: [string, string, number][]): void {
  const label: TextStyle = { size: SIZE.small, color: COLOR.muted };
  const value: TextStyle = { size: SIZE.body, bold: true };
  const pad = 1.8;
  const laid = cells.map(([l, v, share]) => {
    const w = share * flow.width;
    return { w, label: flow.wrap(l, w - 2 * pad, label), value: flow.wrap(v, w - 2 * pad, value) };
  });
  const h = Math.max(
    13,
    ...laid.map((c) => 2 * pad + c.label.length * lineHeight(label.size) + c.value.length * lineHeight(value.size)),
  );
  flow.ensure(h);
  let x = flow.left;
  flow.doc.setDrawColor(...COLOR.rule);
  flow.doc.setLineWidth(0.25);
  for (const c of laid) {
    flow.doc.rect(x, flow.y, c.w, h, 'S');
    flow.drawLines(c.label, x + pad, flow.y + pad, label);
    flow.drawLines(c.value, x + pad, flow.y + pad + c.label.length * lineHeight(label.size), value);
    x += c.w;
  }
  flow.y += h;
  flow.gap(4);
}
