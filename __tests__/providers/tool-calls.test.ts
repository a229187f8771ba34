import { describe, expect, it } from 'vitest';
import { normaliseToolCalls, parseArguments } from '../../src/providers/shared/tool-calls.ts';

describe('parseArguments', () => {
  it('accepts a JSON string, an object, and an empty string for a tool without parameters', () => {
    expect(parseArguments('{"a":1}', false)).toEqual({ arguments: { a: 1 } });
    expect(parseArguments({ a: 1 }, false)).toEqual({ arguments: { a: 1 } });
    expect(parseArguments('', false)).toEqual({ arguments: {} });
  });

  it('keeps the raw text and explains invalid JSON or a non-object', () => {
    expect(parseArguments('{a:1}', false)).toMatchObject({
      arguments: null,
      rawArguments: '{a:1}',
      argumentsError: expect.stringContaining('not valid JSON'),
    });
    expect(parseArguments('[1,2]', false)).toMatchObject({
      arguments: null,
      rawArguments: '[1,2]',
      argumentsError: 'the arguments are valid JSON but not an object',
    });
  });

  it('flags even parseable arguments of a truncated turn', () => {
    expect(parseArguments('{"a":1}', true).argumentsError).toMatch(/cut off/);
  });
});

describe('normaliseToolCalls', () => {
  it('keeps good ids, replaces missing, duplicate, reused and malformed ones, and maps them back', () => {
    const { toolCalls, replacedIds } = normaliseToolCalls(
      [
        { id: 'call_1', name: 'a', arguments: '{}' },
        { id: 'call_1', name: 'b', arguments: '{}' },
        { id: null, name: 'c', arguments: '{}' },
        { id: 'call_old', name: 'd', arguments: '{}' },
        { id: 'bad id!', name: 'e', arguments: '{}' },
      ],
      { usedIds: new Set(['call_old']), idPrefix: 'call_salvo_', truncated: false },
    );
    const ids = toolCalls.map((call) => call.id);
    expect(ids[0]).toBe('call_1');
    expect(new Set([...ids, 'call_old']).size).toBe(6);
    expect(ids.every((id) => /^[a-zA-Z0-9_-]+$/.test(id))).toBe(true);
    expect(replacedIds[ids[1]!]).toBe('call_1');
    expect(replacedIds[ids[3]!]).toBe('call_old');
    expect(replacedIds[ids[4]!]).toBe('bad id!');
  });
});
