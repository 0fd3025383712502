package org.mlready.labs.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.UploadProblem;

/**
 * A plot uploaded for instructor review: a PNG file within size and dimension limits. Only the header is decoded, so
 * a huge declared image cannot exhaust memory; a truncated file is recognised by its missing end chunk.
 */
public record PngPlot(int width, int height, byte[] bytes) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MIN_SIDE = 100;
    public static final int MAX_SIDE = 4000;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] END_CHUNK = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** @throws SubmissionRejected when the upload is not an acceptable PNG, with the reason */
    public static PngPlot check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw rejected("the image is " + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes");
        }
        if (!startsWith(bytes, SIGNATURE)) {
            throw rejected("this is not a PNG file" + recognise(bytes) + "; export the plot as PNG");
        }
        if (bytes.length < SIGNATURE.length + END_CHUNK.length
                || !Arrays.equals(bytes, bytes.length - END_CHUNK.length, bytes.length, END_CHUNK, 0, END_CHUNK.length)) {
            throw rejected("the PNG file is incomplete (it does not end with an IEND chunk); export it again");
        }
        int[] size = dimensions(bytes);
        int width = size[0];
        int height = size[1];
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw rejected("the image is " + width + " x " + height + " pixels; each side must be between "
                    + MIN_SIDE + " and " + MAX_SIDE);
        }
        return new PngPlot(width, height, bytes.clone());
    }

    private static int[] dimensions(byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException unreadable) {
            throw rejected("the PNG file cannot be read (" + unreadable.getMessage() + "); export it again");
        } finally {
            reader.dispose();
        }
    }

    private static String recognise(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return " (it is a JPEG image)";
        }
        if (startsWith(bytes, "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return " (it is a GIF image)";
        }
        if (startsWith(bytes, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return " (it is a PDF document)";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("<svg") ? " (it is an SVG drawing)" : "";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static SubmissionRejected rejected(String message) {
        return SubmissionRejected.because(UploadProblem.ofFile(message));
    }
}
