package cn.gov.talent.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages every check of the whole interface looks at (fit on a phone, accessibility, valid
 * markup): the sign-in page, each role's home page, the busiest working pages (the applicant's
 * dossier form, an application, the recommending unit's batch, a review round, the expert's scoring
 * form, the talent list (also as a recommending unit's filtered 人选信息库), a talent record and the
 * annual assessments, the funding list, its totals, the support plans and a person's funding, the
 * statistics pages, the transfers and a transfer) and every public page. Records are looked up in the demo
 * data when the check runs, so other tests' changes do not matter; a page whose record is missing is left out.
 */
public final class KeyPages {

    /** A page as one account sees it ({@code account} null: an anonymous visitor). */
    public record KeyPage(String name, String account, String path) {

        @Override
        public String toString() {
            return name + " (" + (account == null ? "anonymous" : account) + ") " + path;
        }
    }

    private KeyPages() {
    }

    public static List<KeyPage> all(JdbcTemplate jdbc, TestData data) {
        List<KeyPage> pages = new ArrayList<>();
        pages.add(new KeyPage("sign-in", null, "/login"));
        pages.add(new KeyPage("registration", null, "/register"));
        pages.add(new KeyPage("public batches", null, "/public/batches"));
        pages.add(new KeyPage("public notices", null, "/public/notices"));
        first(jdbc, """
                select n.id from public_notice n join batch b on b.id = n.batch_id join program p on p.id = b.program_id
                order by case when p.code = 'BQWG' and n.published_at is null then 0 else 1 end, n.id limit 1""")
                .ifPresent(notice -> {
                    pages.add(new KeyPage("public notice", null, "/public/notices/" + notice));
                    pages.add(new KeyPage("objection form", null, "/public/notices/" + notice + "/objection"));
                });
        pages.add(new KeyPage("objection status", null, "/public/objections/status"));
        pages.add(new KeyPage("published lists", null, "/public/lists"));
        first(jdbc, "select min(batch_id) from talent_record")
                .ifPresent(batch -> pages.add(new KeyPage("published list", null, "/public/lists/" + batch)));
        pages.add(new KeyPage("certificate check", null, "/public/verify"));

        for (String account : List.of("admin", "office", "supervisor", "department", "recommender", "employer",
                "applicant", "expert01", "expert07")) {
            pages.add(new KeyPage("home page", account, "/"));
        }

        List<Map<String, Object>> editable = jdbc.queryForList("""
                select a.id, u.username from application a join app_user u on u.id = a.applicant_id
                where a.status in ('DRAFT', 'RETURNED')
                order by case when u.username in ('applicant02', 'applicant05') then 0 else 1 end, a.id limit 1""");
        if (!editable.isEmpty()) {
            pages.add(new KeyPage("dossier form", (String) editable.get(0).get("username"),
                    "/applications/" + editable.get(0).get("id") + "/dossier"));
        }
        first(jdbc, "select min(id) from application where applicant_name = '林晓峰'")
                .ifPresent(application -> pages.add(
                        new KeyPage("application", "employer", "/applications/" + application)));
        pages.add(new KeyPage("application list", "employer", "/applications"));
        pages.add(new KeyPage("recommending unit's batch", "recommender",
                "/recommendation/batches/" + data.batchId("SG")));
        first(jdbc, "select min(id) from review_round")
                .ifPresent(round -> pages.add(new KeyPage("review round", "office", "/review/rounds/" + round)));
        first(jdbc, """
                select min(a.id) from review_assignment a join expert e on e.id = a.expert_id
                join app_user u on u.id = e.user_id
                where u.username = 'expert07' and a.status in ('ASSIGNED', 'SUBMITTED')""")
                .ifPresent(task -> pages.add(new KeyPage("scoring form", "expert07", "/review/tasks/" + task)));
        pages.add(new KeyPage("talent list", "office", "/talents"));
        // the 人选信息库 with its further filters open (a filter among them is set) and sorted by a column
        pages.add(new KeyPage("talent database, filtered and sorted", "recommender",
                "/talents?gender=F&region=CENTRAL&ageBand=FROM_36_TO_45&order=NAME&dir=desc"));
        first(jdbc, """
                select r.id from talent_record r order by
                (select count(*) from yearly_report y where y.talent_record_id = r.id)
                + (select count(*) from talent_output o where o.talent_record_id = r.id)
                + (select count(*) from talent_exit x where x.talent_record_id = r.id) desc, r.id limit 1""")
                .ifPresent(talent -> {
                    pages.add(new KeyPage("talent record", "office", "/talents/" + talent));
                    pages.add(new KeyPage("talent file (考绩档案)", "office", "/talents/" + talent + "/file"));
                });
        pages.add(new KeyPage("annual assessments", "employer", "/talents/reports"));
        pages.add(new KeyPage("final assessments due", "office", "/talents/final-assessments"));
        pages.add(new KeyPage("funding", "office", "/funding"));
        pages.add(new KeyPage("funding totals", "recommender", "/funding/totals"));
        pages.add(new KeyPage("support plans", "office", "/funding/plans"));
        first(jdbc, """
                select t.talent_record_id from funding_tranche t group by t.talent_record_id
                order by count(distinct t.status) desc, t.talent_record_id limit 1""")
                .ifPresent(talent -> pages.add(new KeyPage("a person's funding", "office", "/funding/records/" + talent)));
        pages.add(new KeyPage("statistics: selection funnel", "office", "/statistics/selection"));
        pages.add(new KeyPage("statistics: selected people", "supervisor", "/statistics/people"));
        pages.add(new KeyPage("statistics: after selection", "recommender", "/statistics/after-selection"));
        pages.add(new KeyPage("transfers", "office", "/transfers"));
        first(jdbc, "select min(id) from transfer")
                .ifPresent(transfer -> pages.add(new KeyPage("transfer", "office", "/transfers/" + transfer)));
        // the year-end report of this year (YearEndDemoData): 赣州市人社局 submitted, 南昌市人社局 not started
        pages.add(new KeyPage("year-end reports", "recommender", "/yearend"));
        pages.add(new KeyPage("year-end overview", "office", "/yearend/" + data.year()));
        pages.add(new KeyPage("a unit's year-end report", "recommender",
                "/yearend/" + data.year() + "/units/" + data.unitId("NC-HRSS")));
        pages.add(new KeyPage("a submitted year-end report", "office",
                "/yearend/" + data.year() + "/units/" + data.unitId("GZ-HRSS")));
        pages.add(new KeyPage("mail settings", "employer", "/account/settings"));
        pages.add(new KeyPage("mail outbox", "admin", "/admin/mail"));
        return pages;
    }

    private static Optional<Long> first(JdbcTemplate jdbc, String sql) {
        List<Long> found = jdbc.queryForList(sql, Long.class);
        return found.isEmpty() || found.get(0) == null ? Optional.empty() : Optional.of(found.get(0));
    }
}
