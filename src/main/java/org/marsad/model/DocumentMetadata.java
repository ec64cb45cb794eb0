package org.marsad.model;

/**
 * Fields a container (feed item, JSON Lines record, WARC headers) supplies beside the content.
 * Every field may be null. {@code published} uses the contract's form {@code YYYY-MM-DD[Thh:mm[:ss]±hh:mm]}.
 */
public record DocumentMetadata(String title, String published, String url, String author, String language) {
    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null);

    public DocumentMetadata withPublished(String value) {
        return new DocumentMetadata(title, value, url, author, language);
    }
}
