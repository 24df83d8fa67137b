// The article's outline, its description and the help text in Block Kit.

import {
  type About,
  type CommandRef,
  formatPages,
  type Help,
  type OutlineEntry,
} from '../../../src/index.js';
import { type Block, context, type SlackMessage, section } from './blocks.js';
import { slackCommand } from './command.js';
import { escapeText, link } from './escape.js';
import { chunkEscaped, fitEscaped, LIMITS } from './limits.js';

/** Joins escaped lines into as few sections as the 3,000-character limit allows. */
function linesToSections(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const line of lines) {
    const piece = line.length <= LIMITS.sectionText ? line : line.slice(0, LIMITS.sectionText);
    if (current.length > 0 && current.length + 1 + piece.length > LIMITS.sectionText) {
      blocks.push(section(current));
      current = '';
    }
    current = current.length > 0 ? `${current}\n${piece}` : piece;
  }
  if (current.length > 0) blocks.push(section(current));
  return blocks.slice(0, LIMITS.blocksPerMessage - 1);
}

export function renderSections(outline: OutlineEntry[], sourceUrl: string): SlackMessage {
  const lines = outline.map(
    (entry) =>
      `*${escapeText(entry.title)}*  ·  ${formatPages(entry.pages)}, ¶${entry.paragraphs[0]}–${entry.paragraphs[1]}`,
  );
  return {
    text: `The article has ${outline.length} sections.`,
    blocks: [
      ...linesToSections(lines),
      context(
        `Ask about any of them, e.g. a question or cite a phrase  ·  ${link(sourceUrl, 'Read the article')}`,
      ),
    ],
  };
}

export function renderAbout(about: About): SlackMessage {
  const { meta } = about;
  const head = `*${escapeText(meta.title)}*\n${escapeText(meta.author)}, _${escapeText(meta.venue)}_ ${meta.issue} (${escapeText(meta.date)}), ${formatPages(meta.pages)}`;
  const blocks: Block[] = [
    section(head.length <= LIMITS.sectionText ? head : fitEscaped(meta.title, LIMITS.sectionText)),
    ...chunkEscaped(meta.summary, LIMITS.sectionText).map((chunk) => section(chunk)),
  ];
  if (about.coverage.length > 0)
    blocks.push(...chunkEscaped(about.coverage, LIMITS.sectionText).map((c) => section(c)));
  blocks.push(context(`*Cite as:* ${fitEscaped(about.citation, 1500)}`, link(meta.url, 'Read the article')));
  return { text: fitEscaped(`${meta.title} — ${meta.author} (${meta.year})`, LIMITS.messageText), blocks };
}

/** A command in code style; plain text (a follow-up, a vote) as it is. */
function slackHelpPart(part: CommandRef | string): string {
  return typeof part === 'string' ? escapeText(part) : `\`${escapeText(slackCommand(part))}\``;
}

export function renderHelp(help: Help): SlackMessage {
  const lines = help.entries.map(
    (entry) =>
      `${slackHelpPart(entry.usage)} — ${escapeText(entry.description)}  e.g. ${slackHelpPart(entry.example)}`,
  );
  return {
    text: fitEscaped(help.summary, LIMITS.messageText),
    blocks: [section(fitEscaped(help.summary, LIMITS.sectionText)), ...linesToSections(lines)].slice(
      0,
      LIMITS.blocksPerMessage,
    ),
  };
}
