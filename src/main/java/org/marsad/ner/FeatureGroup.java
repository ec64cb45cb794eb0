package org.marsad.ner;

/** Switchable groups of features, for ablations; the model file records which groups it was trained with. */
public enum FeatureGroup {
    /** the word as written and normalized */
    WORD,
    /** the clitic-stripped stem, the stem without the article, and the stem's first and last letters */
    STEM,
    /** prefixes and suffixes of 1-4 letters of the normalized word */
    AFFIX,
    /** character 3-grams of the normalized word */
    NGRAM,
    /** word shape: script, length, digits, article, conjunction */
    SHAPE,
    /** neighbouring words at +-2, their stems and word bigrams */
    CONTEXT,
    /** the class (title, kind of organization, kind of place) of a trigger word up to three tokens back */
    TRIGGER,
    /** gazetteer matches (ANERGazet, GeoNames) at the word and its neighbours */
    GAZETTEER,
    /** word clusters learned without labels from news articles */
    CLUSTER,
    /** clusters (64 / 256 / 1,024 / 4,096) of skip-gram word embeddings learned from news articles */
    EMBED,
    /** a second pass that sees how the first pass tagged the same word elsewhere in the document */
    DOCUMENT
}
