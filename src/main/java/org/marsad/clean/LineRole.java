package org.marsad.clean;

/** What a line of scraped text turned out to be. */
enum LineRole {
    BODY, BLANK, TITLE, SEPARATOR, RELATED_HEADLINE, SOCIAL_EMBED, LINK, CAPTION
}
