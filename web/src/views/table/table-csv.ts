// CSV text of a table through csv-stringify: quoting, CRLF rows, spreadsheet formulas neutralised.
import { stringify } from 'csv-stringify/browser/esm/sync';

/** CSV text for records (the first one the header); a cell starting with = + - @ is made inert. */
export function toCsv(records: readonly (readonly (string | number)[])[]): string {
  return stringify(
    records.map((r) => [...r]),
    {
      record_delimiter: 'windows',
      // A line break alone is not the record delimiter, so quote it too (spreadsheets split on it).
      quoted_match: /[\r\n]/,
      cast: {
        string: (s) => (/^[=+\-@\t\r]/.test(s) ? { value: `'${s}`, quoted: true } : s),
      },
    },
  );
}
