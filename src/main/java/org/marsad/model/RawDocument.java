package org.marsad.model;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One document as read from its source, before any decoding or cleaning.
 *
 * @param source          where it came from
 * @param content         the raw bytes (plain text or HTML, see {@code contentType})
 * @param contentType     what the bytes are
 * @param declaredCharset a charset the container declared (HTTP header, feed encoding), or null
 * @param metadata        fields the container already knew (feed item title, JSONL fields), never null
 */
public record RawDocument(SourceRef source, byte[] content, ContentType contentType,
                          Charset declaredCharset, DocumentMetadata metadata) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
    }

    public static RawDocument plainText(SourceRef source, byte[] content) {
        return new RawDocument(source, content, ContentType.PLAIN_TEXT, null, DocumentMetadata.EMPTY);
    }
}
