package cn.gov.talent.review;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a filled-in expert import template. */
public class ExpertImportForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
