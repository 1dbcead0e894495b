package cn.gov.talent.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a filled-in Excel template. */
public class ImportForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
