package org.marsad.clean.html;

/**
 * What a page says about itself, read from JSON-LD, meta tags, {@code <time>} and bylines. Every field
 * may be null. {@code published} and {@code modified} are kept apart, both in the contract's date form.
 */
public record PageMetadata(String title, String published, String modified, String author, String language,
                           String canonicalUrl, String siteName) {
}
