package org.marsad.ingest;

/** A document that cannot be read or understood; the message is one clear line for the user. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
