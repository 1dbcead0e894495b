package cn.gov.talent.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An objection's file as a page lists it. The office and the supervisors see each file under the
 * name it came with; the investigating unit sees the filer's evidence under neutral names
 * ({@code number} and {@code extension}, rendered "材料1.pdf"), since a file name can name the person
 * who objected (complaint rules keep the complainant's identity from the party investigated). The
 * employer's proofs are not among them: they show with the explanation they prove
 * ({@link #proofs}).
 *
 * @param name the name to show, or null when the page shows the neutral name
 */
record ObjectionFileLine(long id, ObjectionFile.Source source, String name, int number, String extension) {

    public boolean isNeutral() {
        return name == null;
    }

    /** The files as filed, for the office and the supervisors. */
    static List<ObjectionFileLine> asFiled(List<ObjectionFile> files) {
        return files.stream().filter(file -> file.getSource() != ObjectionFile.Source.EMPLOYER)
                .map(file -> new ObjectionFileLine(file.getId(), file.getSource(), file.getFileName(), 0,
                        extensionOf(file.getContentType()))).toList();
    }

    /** The files for the investigating unit: the filer's under neutral names, numbered in order; its own as named. */
    static List<ObjectionFileLine> forInvestigatingUnit(List<ObjectionFile> files) {
        List<ObjectionFileLine> lines = new ArrayList<>(files.size());
        int number = 0;
        for (ObjectionFile file : files) {
            if (file.getSource() == ObjectionFile.Source.EMPLOYER) {
                continue;
            }
            boolean filers = file.getSource() == ObjectionFile.Source.FILER;
            lines.add(new ObjectionFileLine(file.getId(), file.getSource(), filers ? null : file.getFileName(),
                    filers ? ++number : 0, extensionOf(file.getContentType())));
        }
        return lines;
    }

    /** The employer's proofs by the explanation they belong to, as named (they name no one who objected). */
    static Map<Long, List<ObjectionFileLine>> proofs(List<ObjectionFile> files) {
        Map<Long, List<ObjectionFileLine>> proofs = new HashMap<>();
        for (ObjectionFile file : files) {
            if (file.getSource() == ObjectionFile.Source.EMPLOYER) {
                proofs.computeIfAbsent(file.getExplanationId(), id -> new ArrayList<>()).add(new ObjectionFileLine(
                        file.getId(), file.getSource(), file.getFileName(), 0, extensionOf(file.getContentType())));
            }
        }
        return proofs;
    }

    /** The extension the stored type stands for (files are recognised by content: PDF, PNG or JPEG). */
    static String extensionOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
    }
}
