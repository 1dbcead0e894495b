package cn.gov.talent.web;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import cn.gov.talent.shared.Refusal;

/**
 * What the database refused, said as a {@link Refusal} the user can act on: the same thing recorded
 * twice (a double submit, two windows: the first request won), a reference to a record that is gone, a
 * value outside a check constraint or too long. The services check what they can first; this is the net
 * for what only the database can decide at the moment of writing.
 */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    static Refusal of(DataIntegrityViolationException e) {
        String state = sqlState(e);
        if (e instanceof DuplicateKeyException || "23505".equals(state)) {
            return new Refusal("input.alreadyRecorded");
        }
        if ("23503".equals(state)) {
            return new Refusal("input.unknownReference");
        }
        if ("22001".equals(state)) {
            return new Refusal("input.tooLongSomewhere");
        }
        return new Refusal("input.notAllowed");
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
