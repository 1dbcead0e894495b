package cn.gov.talent.mobility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.shared.BusinessTime;

/**
 * The transfers approved in one calendar year, for the year-end report (年度统计报送: 人员变化): under each of the
 * given unit paths (a recommending unit's subtree), TRANSFERRED_IN (the receiving employer is under it, the
 * former one is not) and TRANSFERRED_OUT (the other way round); a move within the subtree is neither. Counted
 * in SQL, one statement per figure whatever the number of transfers or of paths; read-only, small rows.
 */
@Service
public class TransferFigures {

    /** How many transfers under the path, of the program, in the direction (the key). */
    public record Count(String scopePath, long programId, String key, long count) {
    }

    /** A person behind the figure: the key, the name, the certificate, from and to which employer, the day. */
    public record Named(String scopePath, long programId, String key, String personName, String certificateNo,
            String fromEmployerName, String toEmployerName, LocalDate on) {
    }

    private static final String SCOPE = "with scope as (select unnest(string_to_array(?, ',')) as path) ";

    private static final String MOVES = """
            select s.path, t.program_id, 'TRANSFERRED_IN' as key, t.id, t.person_name, t.certificate_no,
                   t.from_employer_name, t.to_employer_name, t.status_changed_at
              from scope s join transfer t on starts_with(t.to_unit_path, s.path)
                   and not starts_with(t.from_unit_path, s.path)
             where t.status = 'APPROVED' and t.status_changed_at >= ? and t.status_changed_at < ?
            union all
            select s.path, t.program_id, 'TRANSFERRED_OUT', t.id, t.person_name, t.certificate_no,
                   t.from_employer_name, t.to_employer_name, t.status_changed_at
              from scope s join transfer t on starts_with(t.from_unit_path, s.path)
                   and not starts_with(t.to_unit_path, s.path)
             where t.status = 'APPROVED' and t.status_changed_at >= ? and t.status_changed_at < ?
            """;

    private final JdbcTemplate jdbc;

    TransferFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Count> moves(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + "select path, program_id, key, count(*) from (" + MOVES
                + ") m group by path, program_id, key", (row, i) -> new Count(row.getString(1), row.getLong(2),
                        row.getString(3), row.getLong(4)), parameters(paths, year));
    }

    @Transactional(readOnly = true)
    public List<Named> movedPeople(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + "select * from (" + MOVES + ") m order by 1, 3, 9, 5, 4",
                (row, i) -> named(row), parameters(paths, year));
    }

    private static Object[] parameters(Collection<String> paths, int year) {
        for (String path : paths) {
            if (!path.matches("[/0-9]+")) {
                throw new IllegalArgumentException("not a unit path: " + path);
            }
        }
        Timestamp from = start(year);
        Timestamp to = start(year + 1);
        return new Object[] {String.join(",", paths), from, to, from, to};
    }

    private static Timestamp start(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    private static Named named(ResultSet row) throws SQLException {
        return new Named(row.getString(1), row.getLong(2), row.getString(3), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8),
                row.getTimestamp(9).toInstant().atZone(BusinessTime.ZONE).toLocalDate());
    }
}
