package cn.gov.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.TalentApplication;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.reminder.ReminderJob;
import cn.gov.talent.reminder.ReminderRun;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.BatchScenario;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.SecondInstance;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;
import cn.gov.talent.support.TestS3Server;

/**
 * Two instances of the application, as behind a load balancer (issue 18): two more contexts on random ports,
 * sharing the suite's embedded PostgreSQL and one S3 store (s3proxy in this JVM). A user signs in on one and
 * goes on on the other, and signs out there; fifty nominations spread over both against a quota of ten end
 * with exactly ten; a file uploaded through one downloads through the other, byte for byte; the locked
 * scheduled job called on both at once runs once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestClock clock;

    @Autowired
    TestData data;

    @Autowired
    BatchScenario scenario;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    private String bucket;
    private ConfigurableApplicationContext one;
    private ConfigurableApplicationContext two;

    @BeforeAll
    void startBoth() {
        bucket = TestS3Server.shared().newBucket();
        one = instance();
        two = instance();
    }

    @AfterAll
    void stopBoth() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    private ConfigurableApplicationContext instance() {
        List<String> arguments = new ArrayList<>(List.of(TestS3Server.shared().arguments(bucket)));
        // an argument, not a default property: the suite's -Dtalent.test.now would win over a default
        arguments.add("--talent.test.now=" + clock.instant());
        return new SpringApplicationBuilder(TalentApplication.class, SecondInstance.class)
                .properties("server.port=0",
                        // the suite's context is running: the others leave its event publications alone
                        "spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "spring.main.banner-mode=off")
                .run(arguments.toArray(String[]::new));
    }

    private static URI at(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient browser() {
        // cookies go by host, not port: both instances see the same session and CSRF cookies, as behind one address
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postForm(HttpClient browser, URI uri, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static void signIn(HttpClient browser, ConfigurableApplicationContext instance, String username)
            throws Exception {
        String token = csrf(get(browser, at(instance, "/login")).body());
        HttpResponse<String> signedIn = postForm(browser, at(instance, "/login"), "username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=Demo%402026&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("location").orElse("")).doesNotContain("error");
    }

    @Test
    void aUserSignsInOnOneInstanceAndGoesOnOnTheOther() throws Exception {
        HttpClient browser = browser();
        signIn(browser, one, "office");

        HttpResponse<String> home = get(browser, at(two, "/"));
        assertThat(home.statusCode()).as("the other instance knows the session").isEqualTo(200);
        assertThat(get(browser, at(two, "/applications")).statusCode()).isEqualTo(200);

        // a form of the other instance, posted to it: the CSRF token of the cookie holds there too; signed out
        // there, the first instance no longer knows the session
        HttpResponse<String> signedOut = postForm(browser, at(two, "/logout"),
                "_csrf=" + URLEncoder.encode(csrf(home.body()), StandardCharsets.UTF_8));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> after = get(browser, at(one, "/"));
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("location").orElse("")).contains("/login");
    }

    @Test
    void fiftyNominationsOverBothInstancesNeverExceedAQuotaOfTen() throws Exception {
        BatchScenario.Fresh batch = scenario.batch(BatchStage.OPEN);
        List<Long> candidates = scenario.applications(batch, ApplicationStatus.ENDORSED, 50);
        long unit = data.unitId("NC-HRSS");
        one.getBean(Nominations.class).setQuota(batch.batchId(), unit, 10, data.actor("office"));
        Actor recommender = data.actor("recommender");

        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < candidates.size(); i++) {
                long id = candidates.get(i);
                Nominations nominations = (i % 2 == 0 ? one : two).getBean(Nominations.class);
                results.add(threads.submit(() -> {
                    try {
                        nominations.nominate(id, recommender, "经综合评价，同意推荐。");
                        return true;
                    } catch (Refusal refused) {
                        assertThat(refused.getMessage()).isEqualTo("quota.full");
                        return false;
                    }
                }));
            }
            long nominated = 0;
            for (Future<Boolean> result : results) {
                if (result.get(5, TimeUnit.MINUTES)) {
                    nominated++;
                }
            }
            assertThat(nominated).isEqualTo(10);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select used from quota where batch_id = ? and unit_id = ?", Integer.class,
                batch.batchId(), unit)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from application where batch_id = ? and status = 'NOMINATED'",
                Integer.class, batch.batchId())).isEqualTo(10);
    }

    @Test
    void aFileUploadedThroughOneInstanceDownloadsThroughTheOther() throws Exception {
        UserAccount applicant = data.newUser("twoinst", "NCU", Role.APPLICANT);
        long id = applications.createDraft(Actor.of(data.currentUser(applicant)), applicant.getFullName(),
                data.batchId("SG"), data.categoryId("SG", "PRO"), "南昌大学").getId();
        byte[] pdf = ("%PDF-1.4\n1 0 obj<<>>endobj\n% two instances " + System.nanoTime() + "\ntrailer<<>>\n%%EOF")
                .getBytes(StandardCharsets.US_ASCII);

        HttpClient browser = browser();
        signIn(browser, one, applicant.getUsername());
        String token = csrf(get(browser, at(one, "/applications/" + id + "/dossier")).body());
        String boundary = "----talent" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                + "PROVINCIAL_PROJECT_LEAD\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"task.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(at(one, "/applications/" + id
                + "/attachments")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(302);
        Long attachment = jdbc.queryForObject("select max(id) from attachment where application_id = ?", Long.class,
                id);
        assertThat(attachment).as("the upload was stored").isNotNull();
        assertThat(TestS3Server.shared().objectNames(bucket)).as("in the shared bucket")
                .anyMatch(name -> name.endsWith(jdbc.queryForObject("select sha256 from attachment where id = ?",
                        String.class, attachment)));

        HttpResponse<byte[]> downloaded = browser.send(HttpRequest.newBuilder(at(two, "/applications/" + id
                + "/attachments/" + attachment)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
    }

    @Test
    void theLockedScheduledJobCalledOnBothAtOnceRunsOnce() throws Exception {
        // as if the lock's last holder had released it long ago (the suite may have run the job a moment before)
        jdbc.update("delete from shedlock where name = ?", ReminderJob.LOCK);
        ReminderJob first = one.getBean(ReminderJob.class);
        ReminderJob second = two.getBean(ReminderJob.class);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<ReminderRun>> here = threads.submit(atOnce(together, first));
            Future<Optional<ReminderRun>> there = threads.submit(atOnce(together, second));
            List<Optional<ReminderRun>> runs = List.of(here.get(5, TimeUnit.MINUTES), there.get(5, TimeUnit.MINUTES));
            assertThat(runs).filteredOn(Optional::isPresent).as("one instance runs the job").hasSize(1);
            assertThat(runs).filteredOn(Optional::isEmpty).as("the other skips it").hasSize(1);
        } finally {
            threads.shutdownNow();
            // released again, so that other tests of the suite may run the job within the lock's minimum time
            jdbc.update("delete from shedlock where name = ?", ReminderJob.LOCK);
        }
    }

    private static Callable<Optional<ReminderRun>> atOnce(CyclicBarrier together, ReminderJob job) {
        return () -> {
            together.await(1, TimeUnit.MINUTES);
            return job.daily();
        };
    }
}
