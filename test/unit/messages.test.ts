import { describe, expect, it } from 'vitest';
import { ampSizeMessage, isFrameHeight, isPymId, parseInbound, pymHeightMessage, targetOrigin } from '../../src/embed/messages';

describe('isPymId', () => {
  it.each(['timeline', 'example', 'timeline-1', 'a', 'news:timeline.2_b'])('isPymId accepts %j', (id) => {
    expect(isPymId(id)).toBe(true);
  });

  it.each([null, '', '1timeline', '-x', 'time line', 'a<b', 'a"b', 'a/b', 'a'.repeat(101)])('isPymId rejects %j', (id) => {
    expect(isPymId(id)).toBe(false);
  });

  it('isPymId accepts an id of 100 characters', () => {
    expect(isPymId('a'.repeat(100))).toBe(true);
  });
});

describe('pymHeightMessage', () => {
  it('pymHeightMessage writes the Pym.js wire format', () => {
    expect(pymHeightMessage('timeline', 480)).toBe('pymxPYMxtimelinexPYMxheightxPYMx480');
    expect(pymHeightMessage('example-1', 1234)).toBe('pymxPYMxexample-1xPYMxheightxPYMx1234');
  });

  it('pymHeightMessage is read by the regex a Pym.js parent builds for that id', () => {
    // pym.v1.js: new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')
    const match = /^pymxPYMxtimelinexPYMx(\S+)xPYMx(.*)$/.exec(pymHeightMessage('timeline', 560));
    expect(match?.slice(1)).toEqual(['height', '560']);
  });
});

describe('ampSizeMessage', () => {
  it('ampSizeMessage asks for the height in the AMP embed-size shape', () => {
    expect(ampSizeMessage(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
  });
});

describe('isFrameHeight', () => {
  it.each([1, 480, 100_000])('isFrameHeight accepts %j', (h) => {
    expect(isFrameHeight(h)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity, -1, 0, 1.5, 100_001, '100', null, undefined, {}, [480]])('isFrameHeight rejects %j', (h) => {
    expect(isFrameHeight(h)).toBe(false);
  });
});

describe('parseInbound', () => {
  const msg = (...parts: string[]) => parts.join('xPYMx');

  it('parseInbound reads a Pym.js width message for our id', () => {
    expect(parseInbound('pymxPYMxtimelinexPYMxwidthxPYMx640', 'timeline')).toEqual({ type: 'width', width: 640 });
  });

  it('parseInbound reads a fractional width', () => {
    expect(parseInbound(msg('pym', 'timeline', 'width', '640.5'), 'timeline')).toEqual({ type: 'width', width: 640.5 });
  });

  it('parseInbound ignores a width message for another id', () => {
    expect(parseInbound(msg('pym', 'other', 'width', '640'), 'timeline')).toBeNull();
    expect(parseInbound(msg('pym', 'timeline-2', 'width', '640'), 'timeline')).toBeNull();
    expect(parseInbound(msg('pym', 'TIMELINE', 'width', '640'), 'timeline')).toBeNull();
  });

  it('parseInbound ignores other Pym.js message types', () => {
    for (const type of ['height', 'navigateTo', 'scrollToChildPos', 'viewport-iframe-position', 'Width']) {
      expect(parseInbound(msg('pym', 'timeline', type, '640'), 'timeline')).toBeNull();
    }
  });

  it('parseInbound ignores a message that is not Pym.js', () => {
    expect(parseInbound(msg('pyx', 'timeline', 'width', '640'), 'timeline')).toBeNull();
    expect(parseInbound(`x${msg('pym', 'timeline', 'width', '640')}`, 'timeline')).toBeNull();
  });

  it.each(['NaN', '-640', '0', '0.0', '99999', '20001', '1e3', '0x280', ' 640', '640 ', '640px', '', 'Infinity', '6.4.0', '640.1234'])(
    'parseInbound rejects the width %j',
    (width) => {
      expect(parseInbound(msg('pym', 'timeline', 'width', width), 'timeline')).toBeNull();
    },
  );

  it('parseInbound accepts the largest and smallest sane widths', () => {
    expect(parseInbound(msg('pym', 'timeline', 'width', '20000'), 'timeline')).toEqual({ type: 'width', width: 20000 });
    expect(parseInbound(msg('pym', 'timeline', 'width', '1'), 'timeline')).toEqual({ type: 'width', width: 1 });
  });

  it.each<[unknown, string]>([
    [{ type: 'width', width: 640 }, 'an object'],
    [640, 'a number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['pym', 'timeline', 'width', '640'], 'an array'],
    [{ toString: () => 'pymxPYMxtimelinexPYMxwidthxPYMx640' }, 'an object that stringifies to a message'],
  ])('parseInbound rejects %j (%s)', (data) => {
    expect(parseInbound(data, 'timeline')).toBeNull();
  });

  it('parseInbound rejects a message over 256 characters even when it is well formed', () => {
    // 'pym' + id + 'width' + '640' and three separators: 26 characters around the id.
    const at256 = `t${'a'.repeat(229)}`;
    const at257 = `t${'a'.repeat(230)}`;
    expect(msg('pym', at256, 'width', '640')).toHaveLength(256);
    expect(parseInbound(msg('pym', at256, 'width', '640'), at256)).toEqual({ type: 'width', width: 640 });
    expect(parseInbound(msg('pym', at257, 'width', '640'), at257)).toBeNull();
    expect(parseInbound('x'.repeat(10_000), 'timeline')).toBeNull();
  });

  it('parseInbound rejects extra xPYMx separators', () => {
    expect(parseInbound(msg('pym', 'timeline', 'width', '640', ''), 'timeline')).toBeNull();
    expect(parseInbound(msg('pym', 'timeline', 'width', '640', '640'), 'timeline')).toBeNull();
    expect(parseInbound(msg('pym', 'timeline', 'width'), 'timeline')).toBeNull();
  });
});

describe('targetOrigin', () => {
  it('targetOrigin is the origin of an http or https parent URL', () => {
    expect(targetOrigin('https://news.example/2022/story?x=1#timeline=a')).toBe('https://news.example');
    expect(targetOrigin('http://news.example:8080/story')).toBe('http://news.example:8080');
    expect(targetOrigin('HTTPS://News.Example:443/story')).toBe('https://news.example');
  });

  it.each([null, '', 'not a url', 'javascript:alert(1)', 'data:text/html,x', 'file:///tmp/x.html', 'about:blank', '/story'])('targetOrigin falls back on * for %j', (url) => {
    expect(targetOrigin(url)).toBe('*');
  });
});
