package cn.gov.talent.publication;

import cn.gov.talent.web.Downloads;


import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.Attachments;

/** Streams an objection's file as a download, never inline. */
@Component
class ObjectionFiles {

    private final Attachments attachments;

    ObjectionFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    ResponseEntity<Resource> download(ObjectionFile file) {
        return Downloads.attachment(attachments.contentOf(file.getSha256()), file.getFileName(),
                file.getContentType());
    }
}
