package cn.gov.talent.spreadsheet;

import java.util.List;

/** What an import of an Excel template did: either the rows' errors (and nothing was stored) or its work. */
public interface ImportResult {

    List<ImportRowError> errors();

    default boolean succeeded() {
        return errors().isEmpty();
    }
}
