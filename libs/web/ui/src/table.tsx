import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface TableColumn {
  text: string;
  numeric?: boolean;
  /** Shown to screen readers only, e.g. "Actions" for a column of links. */
  visuallyHidden?: boolean;
}

export interface TableRow {
  key: string;
  cells: ReactNode[];
}

interface TableProps {
  caption: string;
  captionSize?: 's' | 'm' | 'l';
  /** Show the caption to screen readers only (when a heading above says the same). */
  captionHidden?: boolean;
  columns: TableColumn[];
  rows: TableRow[];
  /** The first cell of each row names the row (a row header). */
  firstCellIsHeader?: boolean;
}

/**
 * A GOV.UK table inside a wrapper that scrolls sideways on narrow screens; the wrapper can take focus
 * (so keyboard users can scroll it) and is named after the table's caption.
 */
export function Table({ caption, captionSize = 'm', captionHidden, columns, rows, firstCellIsHeader }: TableProps) {
  return (
    <div className="lantern-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption
          className={classNames(
            'govuk-table__caption',
            captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption--${captionSize}`,
          )}
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th
                key={column.text}
                scope="col"
                className={classNames('govuk-table__header', column.numeric && 'govuk-table__header--numeric')}
              >
                {column.visuallyHidden ? <span className="govuk-visually-hidden">{column.text}</span> : column.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="govuk-table__row">
              {row.cells.map((cell, index) =>
                index === 0 && firstCellIsHeader ? (
                  <th key={index} scope="row" className="govuk-table__header">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={classNames('govuk-table__cell', columns[index]?.numeric && 'govuk-table__cell--numeric')}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
