package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A generated file's body says it is a download only once its first byte is written: an export that
 * fails before (a record that does not exist) answers with its error page as a page.
 */
class DownloadsTest {

    @Test
    void theHeadersAreSetWithTheFirstByte() throws Exception {
        var response = new MockHttpServletResponse();
        OutputStream body = Downloads.xlsx(response, "推荐汇总表");
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentType()).isNull();
        body.flush();
        assertThat(response.isCommitted()).isFalse();

        body.write(new byte[] {'P', 'K'});
        assertThat(response.getContentType()).isEqualTo(Downloads.XLSX);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''%E6%8E%A8%E8%8D%90%E6%B1%87%E6%80%BB%E8%A1%A8.xlsx");
        body.close();
        assertThat(response.getContentAsByteArray()).containsExactly('P', 'K');
    }

    @Test
    void nothingWrittenIsNoDownload() throws Exception {
        var response = new MockHttpServletResponse();
        Downloads.body(response, "application/zip", "certificates.zip").close();
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
