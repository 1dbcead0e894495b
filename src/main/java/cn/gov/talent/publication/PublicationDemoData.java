package cn.gov.talent.publication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.review.Rankings;
import cn.gov.talent.review.ReviewRound;
import cn.gov.talent.review.RoundQueries;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.InMemoryPdf;
import cn.gov.talent.shared.Role;

/**
 * The demo's publication stage, once, after the demo data and the calendar: last year's 双高 list as
 * published before this system (talent records and certificates for its selected people) and filed with
 * 省委人才办 a week later (document number and receipt), and this
 * year's 百千万 国家级人选推荐 batch (its window closed) carried through ranking, proposed list, consultation and
 * into a live public
 * notice starting today, so `/public/notices` has something to show and object to. Years count from
 * the clock's today.
 */
@Component
@Profile("!prod")
@Order(12)
class PublicationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicationDemoData.class);

    /** The demo's filing receipt: a one-page PDF. */
    private static final byte[] RECEIPT = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final Notices notices;
    private final Publications publications;
    private final Programs programs;
    private final RoundQueries rounds;
    private final Rankings rankings;
    private final Proposals proposals;
    private final Accounts accounts;
    private final TalentOfficeFilings filings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PublicationDemoData(Notices notices, Publications publications, Programs programs, RoundQueries rounds,
            Rankings rankings, Proposals proposals, Accounts accounts, TalentOfficeFilings filings, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.filings = filings;
        this.notices = notices;
        this.publications = publications;
        this.programs = programs;
        this.rounds = rounds;
        this.rankings = rankings;
        this.proposals = proposals;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demo = accounts.findByUsername("office").isPresent();
        Long noticeCount = jdbc.queryForObject("select count(*) from public_notice", Long.class);
        if (!demo || noticeCount == null || noticeCount > 0) {
            return;
        }
        Actor office = Actor.of(accounts.currentUser(accounts.findByUsername("office").orElseThrow()));
        int year = notices.today().getYear();
        transaction.executeWithoutResult(status -> {
            batch("SG", year - 1).ifPresent(batch -> {
                LocalDate startsOn = LocalDate.of(year - 1, 12, 1);
                LocalDate endsOn = notices.endFor(batch.id(), startsOn);
                LocalDate issuedOn = endsOn.plusDays(14);
                publications.recordEarlierPublication(batch.id(), startsOn, endsOn,
                        programs.noticeWorkingDays(batch.id()), issuedOn, office);
                LocalDate filedOn = issuedOn.plusDays(7).isAfter(notices.today()) ? notices.today()
                        : issuedOn.plusDays(7);
                filings.file(batch.id(), filedOn, "赣人社字〔" + (year - 1) + "〕88号", "随文报送“双高工程”入选名单。",
                        new InMemoryPdf("备案回执.pdf", RECEIPT), office);
            });
            batch("BQWG", year).ifPresent(batch -> toNotice(batch, office));
        });
        log.info("Loaded the demo publication stage: the {} 双高 list and a live {} 百千万 (国家级人选推荐) notice", year - 1, year);
    }

    private void toNotice(BatchSummary batch, Actor office) {
        List<ReviewRound> list = rounds.rounds(batch.id());
        if (list.isEmpty() || !rounds.progress(list.get(0).getId()).isComplete()) {
            return;
        }
        rankings.aggregate(list.get(0).getId(), office);
        proposals.draft(batch.id(), office);
        proposals.confirm(batch.id(), office);
        for (String username : jdbc.queryForList("""
                select min(u.username) from app_user u join app_user_role r on r.user_id = u.id
                where r.role = ? and u.enabled group by u.unit_id
                """, String.class, Role.DEPARTMENT.name())) {
            UserAccount user = accounts.findByUsername(username).orElseThrow();
            proposals.recordOpinion(batch.id(), Actor.of(accounts.currentUser(user)), user.getFullName(),
                    user.getUnit().getName(), true, "同意。");
        }
        notices.start(batch.id(), notices.today(), programs.batch(batch.id()).map(b -> "对公示人选有异议的，可在公示期内通过本页面"
                + "实名或匿名反映，也可来电反映：0791-86000000（江西省人力资源和社会保障厅）。").orElseThrow(), true, office);
    }

    private Optional<BatchSummary> batch(String programCode, int year) {
        return programs.batches().stream().filter(b -> b.programCode().equals(programCode) && b.year() == year)
                .findFirst();
    }
}
