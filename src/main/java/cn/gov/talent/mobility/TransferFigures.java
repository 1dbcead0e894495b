package cn.gov.talent.mobility;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

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

    /**
     * A person behind the figure: the key, the name, the certificate, from and to which employer, the day, and
     * the transfer (its id, the paths of its former and its new employer: whether the other end reports too is
     * the caller's to decide).
     */
    public record Named(String scopePath, long programId, String key, String personName, String certificateNo,
            String fromEmployerName, String toEmployerName, LocalDate on, long transferId, String fromUnitPath,
            String toUnitPath) {
    }

    private static final String SCOPE = "with scope as (select unnest(string_to_array(?1, ',')) as path) ";

    private static final String MOVES = """
            select s.path, t.program_id, 'TRANSFERRED_IN' as key, t.id, t.person_name, t.certificate_no,
                   t.from_employer_name, t.to_employer_name, t.status_changed_at, t.from_unit_path, t.to_unit_path
              from scope s join transfer t on starts_with(t.to_unit_path, s.path)
                   and not starts_with(t.from_unit_path, s.path)
             where t.status = 'APPROVED' and t.status_changed_at >= ?2 and t.status_changed_at < ?3
            union all
            select s.path, t.program_id, 'TRANSFERRED_OUT', t.id, t.person_name, t.certificate_no,
                   t.from_employer_name, t.to_employer_name, t.status_changed_at, t.from_unit_path, t.to_unit_path
              from scope s join transfer t on starts_with(t.from_unit_path, s.path)
                   and not starts_with(t.to_unit_path, s.path)
             where t.status = 'APPROVED' and t.status_changed_at >= ?2 and t.status_changed_at < ?3
            """;

    private final EntityManager entityManager;

    TransferFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<Count> moves(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + "select path, program_id, key, count(*) from (" + MOVES
                + ") m group by path, program_id, key", paths, year).stream()
                .map(row -> new Count((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Named> movedPeople(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + "select * from (" + MOVES + ") m order by 1, 3, 9, 5, 4", paths, year).stream()
                .map(row -> new Named((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                        (String) row[4], (String) row[5], (String) row[6], (String) row[7], day(row[8]),
                        ((Number) row[3]).longValue(), (String) row[9], (String) row[10]))
                .toList();
    }

    /** One native statement (counted with the others in Hibernate's statistics). */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<String> paths, int year) {
        for (String path : paths) {
            if (!path.matches("[/0-9]+")) {
                throw new IllegalArgumentException("not a unit path: " + path);
            }
        }
        return entityManager.createNativeQuery(sql).setParameter(1, String.join(",", paths))
                .setParameter(2, start(year)).setParameter(3, start(year + 1)).getResultList();
    }

    private static Timestamp start(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    private static LocalDate day(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(BusinessTime.ZONE).toLocalDate();
        }
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(BusinessTime.ZONE).toLocalDate();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
