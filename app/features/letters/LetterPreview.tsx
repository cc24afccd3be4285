import type { ReactNode } from 'react';
import type { Block, Letter } from '../../../src/letters';
import { editableParagraphs } from '../../../src/letters/text';

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = block.level === 2 ? 'h2' : block.level === 3 ? 'h3' : 'h4';
      return (
        <Tag key={key} className={`app-letter__heading app-letter__heading--${block.level}`}>
          {block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p key={key} className="app-letter__paragraph">
          {block.emphasis ? <strong>{block.text}</strong> : block.text}
        </p>
      );
    case 'list':
      return (
        <ul key={key} className="app-letter__list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'address':
      return (
        <address key={key} className={`app-letter__address app-letter__address--${block.role}`}>
          {block.lines.map((line, index) => (
            <bdi key={index} className="app-letter__line">
              {line}
            </bdi>
          ))}
        </address>
      );
    case 'details':
      return (
        <dl key={key} className="app-letter__details">
          {block.rows.map((row) => (
            <div key={row.label} className="app-letter__detail">
              <dt>{row.label}:</dt>{' '}
              <dd>
                <bdi>{row.value}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'editable': {
      const paragraphs = editableParagraphs(block.text);
      if (paragraphs.length === 0) return null;
      return (
        <div key={key} className="app-letter__editable" data-editable={block.id}>
          {paragraphs.map((text, index) => (
            <p key={index} className="app-letter__paragraph">
              {text}
            </p>
          ))}
        </div>
      );
    }
    case 'signature':
      return (
        <div key={key} className="app-letter__signature">
          <p className="app-letter__paragraph">{block.closing}</p>
          {block.lines.map((line, index) => (
            <bdi key={index} className="app-letter__line">
              {line}
            </bdi>
          ))}
        </div>
      );
  }
}

/**
 * Groups each heading with the block after it, so that a printed page never ends on a heading
 * (a group does not break inside; `break-after: avoid` alone is not honoured everywhere).
 */
function keepHeadingsWithText(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let pending: Block[] = [];
  for (const block of blocks) {
    pending.push(block);
    if (block.kind !== 'heading') {
      groups.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) groups.push(pending);
  return groups;
}

/**
 * The letter laid out as it prints: A4 page, margins, Arial. Every value is rendered as text by
 * React, so a name such as `<img onerror=…>` shows as those characters and never as markup.
 * Address lines, detail values and the signatory's lines are people's text, each isolated in a
 * <bdi> so that a right-to-left override in one cannot reverse the next.
 */
export function LetterPreview({ letter }: { letter: Letter }) {
  let key = 0;
  return (
    <article className="app-letter" aria-label={`Preview of the letter: ${letter.title}`}>
      {keepHeadingsWithText(letter.blocks).map((group, index) =>
        group.length === 1 ? (
          renderBlock(group[0] as Block, key++)
        ) : (
          <div key={`group-${index}`} className="app-letter__keep">
            {group.map((block) => renderBlock(block, key++))}
          </div>
        ),
      )}
    </article>
  );
}
