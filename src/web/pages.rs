//! The pages members see, in their language: plain HTML, one stylesheet, no script.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::guide::{Key, Locale, text};

/// A page: its title, its paragraphs (catalogue texts, with `**bold**` and numbered lines), and
/// at most one link button.
pub(super) struct Page {
    pub locale: Locale,
    pub status: StatusCode,
    /// `ok`, `off` or `problem`: the colour of the title's mark.
    pub tone: &'static str,
    pub title: Key,
    pub sections: Vec<Section>,
    pub link: Option<(Key, String)>,
}

pub(super) enum Section {
    Text(Key),
    /// Text already in the page's language (a catalogue text with its placeholders filled).
    Filled(String),
    /// A guide page: its title as a heading, then its body.
    Guide(Key, Key),
}

impl Page {
    pub fn new(
        locale: Locale,
        status: StatusCode,
        tone: &'static str,
        title: Key,
        body: Key,
    ) -> Self {
        Self {
            locale,
            status,
            tone,
            title,
            sections: vec![Section::Text(body)],
            link: None,
        }
    }

    pub fn with(mut self, section: Section) -> Self {
        self.sections.push(section);
        self
    }

    pub fn linking(mut self, label: Key, href: String) -> Self {
        self.link = Some((label, href));
        self
    }

    pub fn render(&self) -> String {
        let t = |key| text(self.locale, key);
        let mut html = format!(
            "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n<title>{title} · Keygate</title>\n\
             <link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n<main>\n\
             <h1 class=\"{tone}\">{title}</h1>\n",
            lang = self.locale.html_lang(),
            title = escape(t(self.title)),
            tone = self.tone,
        );
        for section in &self.sections {
            match section {
                Section::Text(key) => html.push_str(&blocks(t(*key))),
                Section::Filled(text) => html.push_str(&blocks(text)),
                Section::Guide(title, body) => {
                    html.push_str(&format!("<h2>{}</h2>\n", escape(t(*title))));
                    html.push_str(&blocks(t(*body)));
                }
            }
        }
        if let Some((label, href)) = &self.link {
            html.push_str(&format!(
                "<p><a class=\"button\" href=\"{}\">{}</a></p>\n",
                escape(href),
                escape(t(*label))
            ));
        }
        html.push_str("</main>\n</body>\n</html>\n");
        html
    }
}

impl IntoResponse for Page {
    fn into_response(self) -> Response {
        (
            self.status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            self.render(),
        )
            .into_response()
    }
}

/// Catalogue text as HTML: paragraphs split on blank lines, `1. …` lines as a numbered list,
/// `**…**` as bold, everything else escaped.
fn blocks(text: &str) -> String {
    let mut html = String::new();
    for paragraph in text.split("\n\n") {
        let lines: Vec<&str> = paragraph.lines().collect();
        let numbered = |line: &&str| {
            line.split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        if !lines.is_empty() && lines.iter().all(numbered) {
            html.push_str("<ol>\n");
            for line in lines {
                let (_, item) = line.split_once(". ").unwrap_or_default();
                html.push_str(&format!("<li>{}</li>\n", inline(item)));
            }
            html.push_str("</ol>\n");
        } else {
            let lines: Vec<String> = lines.iter().map(|line| inline(line)).collect();
            html.push_str(&format!("<p>{}</p>\n", lines.join("<br>\n")));
        }
    }
    html
}

/// `**bold**` and `` `code` `` within a line; the rest escaped.
fn inline(text: &str) -> String {
    let mut html = String::new();
    for (i, part) in text.split("**").enumerate() {
        let part = code_spans(part);
        if i % 2 == 1 {
            html.push_str(&format!("<strong>{part}</strong>"));
        } else {
            html.push_str(&part);
        }
    }
    html
}

fn code_spans(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<code>{}</code>", escape(part))
            } else {
                escape(part)
            }
        })
        .collect()
}

/// HTML-escapes text for an element or a double-quoted attribute.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLESHEET: &str = "\
:root { color-scheme: light dark; --accent: #5865f2; }
body { margin: 0; font: 1.05rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { max-width: 38rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; line-height: 1.25; }
h1::before { content: ''; display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.5em; vertical-align: baseline; }
h1.ok::before { background: #23a55a; }
h1.off::before { background: #f0b232; }
h1.problem::before { background: #da373c; }
h2 { font-size: 1.15rem; margin-top: 1.75rem; }
code { font-size: 0.95em; }
a.button { display: inline-block; padding: 0.7rem 1.2rem; border-radius: 0.5rem; background: var(--accent); color: #fff; text-decoration: none; font-weight: 600; }
a.button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; box-shadow: 0 0 0 5px var(--accent); }
";

pub(super) async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        STYLESHEET,
    )
        .into_response()
}

/// Too many members at once: try again in a few seconds.
pub(super) fn busy(locale: Locale) -> Response {
    let mut response = Page::new(
        locale,
        StatusCode::SERVICE_UNAVAILABLE,
        "problem",
        Key::WebBusyTitle,
        Key::WebBusyBody,
    )
    .into_response();
    response.headers_mut().insert(
        header::RETRY_AFTER,
        axum::http::HeaderValue::from_static("5"),
    );
    response
}

pub(super) async fn not_found() -> Response {
    Page::new(
        Locale::En,
        StatusCode::NOT_FOUND,
        "problem",
        Key::WebNotFoundTitle,
        Key::WebNotFoundBody,
    )
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_text_becomes_escaped_html_with_lists_and_bold() {
        let html = blocks("Open **Settings** <now>.\n\n1. One `a<b`\n2. Two");
        assert_eq!(
            html,
            "<p>Open <strong>Settings</strong> &lt;now&gt;.</p>\n<ol>\n<li>One <code>a&lt;b</code></li>\n<li>Two</li>\n</ol>\n"
        );
        assert_eq!(blocks("a\nb"), "<p>a<br>\nb</p>\n");
    }

    #[test]
    fn every_page_text_renders_without_markup_leaking() {
        for locale in Locale::ALL {
            let page = Page::new(
                locale,
                StatusCode::OK,
                "ok",
                Key::WebOnTitle,
                Key::WebOnBody,
            )
            .with(Section::Guide(Key::Guide2Title, Key::Guide2Body))
            .linking(
                Key::WebCheckAgainButton,
                "https://x.example/oauth/start?state=a&b=\"c\"".into(),
            );
            let html = page.render();
            assert!(!html.contains("**"), "{html}");
            assert!(html.contains("state=a&amp;b=&quot;c&quot;"), "{html}");
            assert!(!html.to_lowercase().contains("<script"), "{html}");
            assert!(html.contains(&format!("lang=\"{}\"", locale.html_lang())));
        }
    }
}
