// The digital-service screens' data table: caption, a header row of column names, and the rows the caller
// gives. Wide tables scroll sideways inside their wrapper on a phone; such a wrapper is a region named by the
// caption and reachable by keyboard, so it can be scrolled without a mouse.
import type { ComponentChildren } from 'preact';

interface Props {
  caption: string;
  columns: readonly string[];
  /** Id for the caption: the wrapper becomes a named, focusable region (a table that may scroll). */
  regionId?: string;
  /** Shown above the table; otherwise the caption is for screen readers only. */
  captionShown?: boolean;
  /** Few short columns that wrap within a phone's width instead of scrolling. */
  fit?: boolean;
  children: ComponentChildren;
}

export function DsTable({ caption, columns, regionId, captionShown = false, fit = false, children }: Props) {
  const region = regionId !== undefined;
  return (
    <div class="ds-table-wrap" role={region ? 'region' : undefined} aria-labelledby={regionId} tabIndex={region ? 0 : undefined}>
      <table class={fit ? 'ds-table ds-table--fit' : 'ds-table'}>
        <caption id={regionId} class={captionShown ? undefined : 'visually-hidden'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
