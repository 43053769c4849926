/**
 * Articles and how they are read. {@link org.sitrep.article.ArticleSources} is the one entry point:
 * it turns file paths, folders and {@code -} (stdin) into a lazy stream of {@link
 * org.sitrep.article.ReadResult}s, picking a reader by extension or content — {@link
 * org.sitrep.article.PlainTextReader}, {@link org.sitrep.article.HtmlReader} (jsoup, boilerplate
 * removal by paragraph density), {@link org.sitrep.article.JsonlReader} (SPEC input records), {@link
 * org.sitrep.article.JsonArrayReader}, {@link org.sitrep.article.FeedReader} (RSS/Atom). Bad input
 * is data: every problem is a {@link org.sitrep.article.ReadResult.Rejected} naming the input, and
 * reading goes on. {@link org.sitrep.article.TextNormalizer} prepares a text for the NLP stages
 * (quotes, spaces, mojibake, HTML references, broken wraps) with an exact map back to the original.
 */
package org.sitrep.article;
