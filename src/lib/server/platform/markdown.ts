/**
 * Markdown rendered safely: raw HTML is not allowed at all (html: false), so no script or
 * event handler can survive; markdown-it refuses javascript:, vbscript:, file: and data:
 * links; every link gets rel="noopener noreferrer nofollow".
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
	return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
	return md.render(source);
}

/** The words of a Markdown text, without its markup (for search and summaries). */
export function markdownText(source: string): string {
	const out: string[] = [];
	for (const block of md.parse(source, {})) {
		if (block.type === 'inline') for (const c of block.children ?? []) if (c.type === 'text' || c.type === 'code_inline') out.push(c.content);
		if (block.type === 'code_block' || block.type === 'fence') out.push(block.content);
	}
	return out.join(' ').replace(/\s+/g, ' ').trim();
}
