package cn.gov.talent.support;

import java.io.IOException;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The suite's SMTP server: GreenMail in the test JVM, on a free port chosen once, so that a test can stop
 * it (the server is down) and start it again on the same port, where the application's mail sender
 * still points. Stopping forgets the mail received so far.
 */
public final class TestMailServer {

    private final int port;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.port = port;
    }

    static TestMailServer started() {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free.setReuseAddress(true);
            var server = new TestMailServer(free.getLocalPort());
            free.close();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (greenMail == null || !greenMail.isRunning()) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null && greenMail.isRunning()) {
            greenMail.stop();
        }
    }

    public synchronized GreenMail greenMail() {
        return greenMail;
    }

    /** The mail received for this address since the server last started, in order of arrival. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO) != null
                        && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every text part of a mail (the plain text and the HTML), decoded. */
    public static List<String> texts(Part part) {
        try {
            List<String> texts = new ArrayList<>();
            if (part.isMimeType("text/*")) {
                texts.add((String) part.getContent());
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    texts.addAll(texts(multipart.getBodyPart(i)));
                }
            }
            return texts;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
