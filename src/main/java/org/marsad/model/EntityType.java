package org.marsad.model;

/** Entity types of the contract. ANERcorp's PERS maps to {@link #PER}. */
public enum EntityType {
    PER, ORG, LOC, MISC
}
