package vn.tdkt.support.problem;

/** The request conflicts with the resource's current state (e.g. an illegal phase move): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
