//! Markdown articles (.md, .markdown), read with pulldown-cmark (CommonMark): `---` front matter
//! (its YAML metadata block), headings as sections, paragraphs, list items and quotes as
//! passages; inline markup reduced to its text; images, HTML and fenced code dropped.

use super::paragraphs::{build, lines, split_blocks, Block};
use super::{field_date, finish, Ctx, Meta, Parsed};
use pulldown_cmark::{
    BrokenLink, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd,
};

pub fn parse(ctx: &Ctx, text: &str, parsed: &mut Parsed) {
    let mut meta = Meta::default();
    let blocks = blocks(text, 0, &mut |raw| {
        front_matter(ctx, raw, &mut meta, &mut parsed.warnings)
    });
    let body = build(
        ctx.display,
        blocks,
        meta.title.as_deref(),
        false,
        &mut parsed.warnings,
    );
    let path = ctx.display.to_owned();
    if let Some(article) = finish(ctx, path, meta, body, &mut parsed.warnings) {
        parsed.articles.push(article);
    }
}

/// How deep text that CommonMark calls code or metadata but the reader keeps as body text
/// (an indented block, a `---` block after the start) is read again as Markdown; below that,
/// as plain lines. Bounds the work on text indented a thousand times.
const MAX_DEPTH: u8 = 2;

/// The blocks of `text`, in order: paragraphs, list items and headings (marked). At `depth` 0,
/// a YAML metadata block that opens the text is handed to `front_matter` instead.
fn blocks(text: &str, depth: u8, front_matter: &mut dyn FnMut(&str)) -> Vec<Block> {
    let mut options = Options::empty();
    if depth == 0 {
        options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    }
    // `[text][ref]` without a definition is still a link to the old readers' users: keep its
    // text, as for a defined one. A bare `[text]` stays as written.
    let keep_references = |link: BrokenLink<'_>| {
        matches!(link.link_type, LinkType::Reference | LinkType::Collapsed)
            .then(|| (CowStr::Borrowed(""), CowStr::Borrowed("")))
    };
    let parser = Parser::new_with_broken_link_callback(text, options, Some(keep_references));
    let mut reader = Reader::default();
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => {
                reader.end(false);
                reader.raw = Some(String::new());
                reader.front = range.start == 0;
            }
            Event::End(TagEnd::MetadataBlock(_)) if reader.front => {
                front_matter(&reader.raw.take().unwrap_or_default());
            }
            Event::Start(Tag::Paragraph) => {
                let source = text.get(range).unwrap_or_default();
                reader.begin(lines(source).count().max(1));
            }
            event => reader.event(event, depth),
        }
    }
    reader.end(false);
    reader.blocks
}

/// Blocks from parser events, for one text.
#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// The text of the block being read, and how many source lines it spans.
    open: Option<(String, usize)>,
    /// How many images, fenced code or HTML blocks the parser is inside: no article text there.
    skip: usize,
    /// The raw text of an indented code block or a metadata block being read.
    raw: Option<String>,
    /// The metadata block being read opens the text: front matter.
    front: bool,
}

impl Reader {
    fn event(&mut self, event: Event, depth: u8) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { .. } | Tag::Item => self.begin(1),
                // A list item's own text ends where its nested list or quote starts.
                Tag::List(_) | Tag::BlockQuote(_) => self.end(false),
                Tag::Image { .. } => self.skip += 1,
                Tag::CodeBlock(CodeBlockKind::Fenced(_)) | Tag::HtmlBlock => {
                    self.end(false);
                    self.skip += 1;
                }
                Tag::CodeBlock(CodeBlockKind::Indented) => {
                    self.end(false);
                    self.raw = Some(String::new());
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => self.end(true),
                TagEnd::Heading(_) => {
                    let (text, _) = self.open.take().unwrap_or_default();
                    let mut block = Block::new(collapse(&text), 1);
                    block.heading = true;
                    self.blocks.push(block);
                }
                TagEnd::Item => self.end(false),
                // Indented text and a `---` block after the start are body text (as they were
                // to the hand-written reader): read again as Markdown.
                TagEnd::CodeBlock | TagEnd::MetadataBlock(_) if self.raw.is_some() => {
                    let raw = self.raw.take().unwrap_or_default();
                    if depth < MAX_DEPTH {
                        self.blocks.extend(blocks(&raw, depth + 1, &mut |_| {}));
                    } else {
                        self.blocks.extend(split_blocks(lines(&raw)));
                    }
                }
                TagEnd::Image | TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                    self.skip = self.skip.saturating_sub(1)
                }
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => self.push(&t),
            Event::SoftBreak | Event::HardBreak => self.push(" "),
            Event::Rule => self.end(false),
            _ => {}
        }
    }

    fn push(&mut self, text: &str) {
        if let Some(raw) = &mut self.raw {
            raw.push_str(text);
        } else if self.skip == 0 {
            self.open.get_or_insert_default().0.push_str(text);
        }
    }

    /// Starts a block of `lines` source lines, ending the one before.
    fn begin(&mut self, lines: usize) {
        self.end(false);
        self.open = Some((String::new(), lines));
    }

    /// Ends the open block; one without words is kept only when `keep_empty` (a paragraph of
    /// an image alone still counts in the dateline's window, as it did before).
    fn end(&mut self, keep_empty: bool) {
        if let Some((text, lines)) = self.open.take() {
            let text = collapse(&text);
            if keep_empty || !text.is_empty() {
                self.blocks.push(Block::new(text, lines));
            }
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the top-level `key: value` lines of front matter into `meta`.
fn front_matter(ctx: &Ctx, raw: &str, meta: &mut Meta, warnings: &mut Vec<String>) {
    for line in lines(raw) {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        if key.starts_with(char::is_whitespace) {
            continue; // nested YAML
        }
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if meta.title.is_none() => meta.title = Some(value.to_owned()),
            "date" if meta.date.is_none() => meta.date = field_date(ctx.display, value, warnings),
            "author" if meta.author.is_none() => meta.author = Some(value.to_owned()),
            "url" | "source" | "link" if meta.url.is_none() => meta.url = Some(value.to_owned()),
            _ => {}
        }
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner.trim();
        }
    }
    v
}

#[cfg(test)]
mod tests;
