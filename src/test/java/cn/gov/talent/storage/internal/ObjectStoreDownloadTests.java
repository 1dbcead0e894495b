package cn.gov.talent.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.talent.support.TestS3Server;
import cn.gov.talent.web.Downloads;

/**
 * A file kept in the object store goes out as a file from the directory did: its type, its length, as an
 * attachment under its own name, its bytes streamed from the store.
 */
class ObjectStoreDownloadTests {

    private final TestS3Server server = TestS3Server.shared();
    private final S3FileStore store = server.fileStore(server.newBucket());

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aStoredObjectIsSentWithItsTypeItsLengthAndItsName() throws Exception {
        byte[] bytes = new byte[1024 * 1024 + 3];
        new Random(37).nextBytes(bytes);
        bytes[0] = '%';
        String key = store.put(new ByteArrayInputStream(bytes)).key();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new FileController(store)).build();

        mvc.perform(get("/files/" + key))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", bytes.length))
                .andExpect(header().string("Content-Disposition", allOf(startsWith("attachment;"),
                        containsString("filename*=UTF-8''%E8%81%98%E7%94%A8%E5%90%88%E5%90%8C.pdf"))))
                .andExpect(content().bytes(bytes));
        assertThat(store.exists(key)).isTrue();
    }

    @RestController
    static class FileController {

        private final S3FileStore store;

        FileController(S3FileStore store) {
            this.store = store;
        }

        @GetMapping("/files/{key}")
        ResponseEntity<Resource> file(@PathVariable("key") String key) {
            return Downloads.attachment(store.resource(key), "聘用合同.pdf", "application/pdf");
        }
    }
}
