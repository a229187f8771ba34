import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { columnsOf, cutTo } from '../../../src/core/report/text-width.ts';

// The plain-ASCII fast path must measure and cut exactly as the libraries do, whatever the text.
const texts = [
  '',
  'a',
  'refund-damaged-order-00042',
  'Refund a damaged order B000042 with a very long description that goes on',
  '  spaces at both ends  ',
  'naïve café',
  '日本語のシナリオ名',
  'emoji 👩‍👩‍👧 family',
  '\u001b[31mred\u001b[39m text',
  'tab\there',
  '$0.0007 agent + $0.004 judge',
];

describe('columnsOf and cutTo', () => {
  it.each(texts)('measure %j as string-width does', (text) => {
    expect(columnsOf(text)).toBe(stringWidth(text));
  });

  it.each(texts)('cut %j as cli-truncate does at every width', (text) => {
    for (let columns = 0; columns <= stringWidth(text) + 2; columns += 1) {
      expect(cutTo(text, columns), `${columns} columns`).toBe(cliTruncate(text, columns, { position: 'end' }));
    }
  });
});
