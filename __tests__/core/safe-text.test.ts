import { describe, expect, it } from 'vitest';
import { neutraliseWorkflowCommands, stripControlSequences, withoutCredentials } from '../../src/core/safe-text.ts';

describe('stripControlSequences', () => {
  it('strips colours, cursor moves, screen clears, titles, hyperlinks, other controls; keeps tabs and newlines', () => {
    const hostile =
      'a\x1b[31mred\x1b[0m ' +
      '\x1b[2J\x1b[Hb\x1b]0;title\x07c\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\\td\x9b2Je\x07\x08f\ng';
    expect(stripControlSequences(hostile)).toBe('ared bclink\tdef\ng');
  });

  it('turns a carriage return, which lets a line overwrite itself, into a line break', () => {
    expect(stripControlSequences('all tests passed\rrm -rf /\r\nnext')).toBe('all tests passed\nrm -rf /\nnext');
  });
});

describe('neutraliseWorkflowCommands', () => {
  it('quotes every line the runner would obey, whatever precedes it', () => {
    const text =
      'summary\n::add-mask::x\n  ::set-output name=a::b\r::stop-commands::tok\n##[error]fake\nok :: not a command';
    expect(neutraliseWorkflowCommands(text)).toBe(
      'summary\n> ::add-mask::x\n>   ::set-output name=a::b\n' +
        '> ::stop-commands::tok\n> ##[error]fake\nok :: not a command',
    );
  });

  it('strips control sequences first, so an escape cannot hide a command', () => {
    expect(neutraliseWorkflowCommands('x\n\x1b[0m::warning::fake')).toBe('x\n> ::warning::fake');
  });
});

describe('withoutCredentials', () => {
  it('hides the user and password of a URL and keeps the rest', () => {
    expect(withoutCredentials('http://user:pass@gateway:8080/v1')).toBe('http://[REDACTED]@gateway:8080/v1');
    expect(withoutCredentials('http://gateway:8080/v1')).toBe('http://gateway:8080/v1');
  });
});
