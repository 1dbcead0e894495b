package cn.gov.talent.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the deltas the database appends as applications change ({@code application_count_delta}, V45) into
 * the counts ({@code application_count}), every minute: the readers read both, so a fold changes no figure, it
 * only keeps the deltas few. Safe on several instances at once (the SQL function deletes what it moves; a second
 * fold waits for those rows and finds them gone), so no scheduler lock. ADR 0035.
 */
@Component
public class ApplicationCountFolding {

    private static final Logger log = LoggerFactory.getLogger(ApplicationCountFolding.class);

    private final JdbcTemplate jdbc;

    ApplicationCountFolding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Folds the deltas now; how many delta rows were moved. */
    @Scheduled(fixedDelayString = "${talent.counts.fold-interval:PT1M}", initialDelayString = "${talent.counts.fold-interval:PT1M}")
    @Transactional
    public long fold() {
        Long moved = jdbc.queryForObject("select application_count_fold()", Long.class);
        if (moved != null && moved > 0) {
            log.debug("Folded {} application count deltas", moved);
        }
        return moved == null ? 0 : moved;
    }
}
