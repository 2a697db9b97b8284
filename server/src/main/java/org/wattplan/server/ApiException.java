package org.wattplan.server;

/** A request the API answers with an error status and a message (404 unknown id, 401 no token, ...). */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }
}
