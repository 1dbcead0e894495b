package cn.gov.talent.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.mock.web.MockMultipartFile;

import cn.gov.talent.publication.Notices;
import cn.gov.talent.publication.ObjectionForm;
import cn.gov.talent.publication.Objections;

/**
 * A fresh batch in its public notice (started today), and real-name objections filed against
 * its people from the public page's service, each with one evidence file.
 */
public class NoticeScenario {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final ReviewScenario review;
    private final Notices notices;
    private final Objections objections;
    private final TestData data;

    NoticeScenario(ReviewScenario review, Notices notices, Objections objections, TestData data) {
        this.review = review;
        this.notices = notices;
        this.objections = objections;
        this.data = data;
    }

    public record InNotice(ReviewScenario.Batch batch, long noticeId) {
    }

    /**
     * A real one-page PDF: the investigating unit receives a copy without its metadata, and a file that
     * cannot be read that way is withheld from it.
     */
    static byte[] onePagePdf() {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InNotice inNotice(String discipline, int count) {
        ReviewScenario.Batch batch = review.proposed(discipline, count);
        long noticeId = notices.start(batch.batchId(), notices.today(), "来信来电：0791-86000000", true, data.actor("office")).getId();
        return new InNotice(batch, noticeId);
    }

    /** Files a real-name objection against the application and returns the objection's id. */
    public long object(long noticeId, long applicationId) {
        var form = new ObjectionForm();
        form.setApplicationId(applicationId);
        form.setName("张三");
        form.setContact("13900001111");
        form.setContent("反映其论文存在一稿多投问题，请核实。");
        var evidence = new MockMultipartFile("files", "证据.pdf", "application/pdf", onePagePdf());
        // each filing from its own address, clear of the hourly limit per address
        String receipt = objections.file(noticeId, form, List.of(evidence), "10.88.0." + ADDRESSES.incrementAndGet());
        return objections.byReceipt(receipt).orElseThrow().getId();
    }
}
