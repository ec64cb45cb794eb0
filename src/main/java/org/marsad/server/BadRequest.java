package org.marsad.server;

/** A client error about one parameter: answered with 400 and a JSON body naming it. */
final class BadRequest extends RuntimeException {
    private final String parameter;

    BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
