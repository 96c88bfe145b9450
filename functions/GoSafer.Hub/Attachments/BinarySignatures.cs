using System.Buffers.Binary;

namespace GoSafer.Hub.Attachments;

/// <summary>
/// Recognises refused formats (images, media, archives, programs, other document formats) from
/// their leading bytes, so a refusal can say what the file is. PDF, ZIP and text that starts with a
/// byte order mark are decided before this runs (a UTF-16 BOM looks like an MPEG audio frame).
/// </summary>
/// <remarks>
/// Signatures made only of printable ASCII could also begin a text file, so each such signature is
/// either long and distinctive or confirmed by bytes that never occur in text (NUL, 0x1A, 0xFF).
/// </remarks>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, RecognisedFormat Format)[] Prefixes =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], new("a PNG image", FormatFamily.Image)),
        ([0xFF, 0xD8, 0xFF], new("a JPEG image", FormatFamily.Image)),
        ("GIF87a"u8.ToArray(), new("a GIF image", FormatFamily.Image)),
        ("GIF89a"u8.ToArray(), new("a GIF image", FormatFamily.Image)),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], new("a TIFF image", FormatFamily.Image)),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], new("a TIFF image", FormatFamily.Image)),
        ([(byte)'I', (byte)'I', 0x2B, 0x00], new("a TIFF image", FormatFamily.Image)),
        ([0x00, 0x00, 0x01, 0x00], new("an icon image", FormatFamily.Image)),
        ([0x00, 0x00, 0x02, 0x00], new("a cursor image", FormatFamily.Image)),
        ([(byte)'8', (byte)'B', (byte)'P', (byte)'S', 0x00, 0x01], new("a Photoshop image", FormatFamily.Image)),
        ([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20], new("a JPEG 2000 image", FormatFamily.Image)),
        ([0x00, 0x00, 0x00, 0x0C, 0x4A, 0x58, 0x4C, 0x20], new("a JPEG XL image", FormatFamily.Image)),
        ([0xFF, 0x0A], new("a JPEG XL image", FormatFamily.Image)),

        ([0x1A, 0x45, 0xDF, 0xA3], new("a WebM or Matroska video", FormatFamily.AudioVideo)),
        ([(byte)'O', (byte)'g', (byte)'g', (byte)'S', 0x00], new("an Ogg audio or video file", FormatFamily.AudioVideo)),
        ([(byte)'f', (byte)'L', (byte)'a', (byte)'C', 0x00], new("a FLAC audio file", FormatFamily.AudioVideo)),
        ([(byte)'F', (byte)'L', (byte)'V', 0x01], new("a Flash video", FormatFamily.AudioVideo)),
        ([0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11], new("a Windows Media audio or video file", FormatFamily.AudioVideo)),
        ([0x00, 0x00, 0x01, 0xBA], new("an MPEG video", FormatFamily.AudioVideo)),
        ([0x00, 0x00, 0x01, 0xB3], new("an MPEG video", FormatFamily.AudioVideo)),
        ([(byte)'M', (byte)'T', (byte)'h', (byte)'d', 0x00, 0x00, 0x00, 0x06], new("a MIDI audio file", FormatFamily.AudioVideo)),
        ("#!AMR"u8.ToArray(), new("an AMR audio file", FormatFamily.AudioVideo)),

        ([0x1F, 0x8B], new("a GZIP archive", FormatFamily.Archive)),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], new("a 7-Zip archive", FormatFamily.Archive)),
        ([(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07], new("a RAR archive", FormatFamily.Archive)),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], new("an XZ archive", FormatFamily.Archive)),
        ([0x28, 0xB5, 0x2F, 0xFD], new("a Zstandard archive", FormatFamily.Archive)),
        ([0x04, 0x22, 0x4D, 0x18], new("an LZ4 archive", FormatFamily.Archive)),
        ([(byte)'M', (byte)'S', (byte)'C', (byte)'F', 0x00, 0x00, 0x00, 0x00], new("a Windows cabinet archive", FormatFamily.Archive)),
        ("!<arch>\n"u8.ToArray(), new("a Unix ar archive or Debian package", FormatFamily.Archive)),
        ([(byte)'x', (byte)'a', (byte)'r', (byte)'!', 0x00], new("a XAR archive", FormatFamily.Archive)),
        ([(byte)'L', (byte)'Z', (byte)'I', (byte)'P', 0x01], new("an LZIP archive", FormatFamily.Archive)),

        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], new("an ELF executable", FormatFamily.Program)),
        ([0xFE, 0xED, 0xFA, 0xCE], new("a Mach-O executable", FormatFamily.Program)),
        ([0xFE, 0xED, 0xFA, 0xCF], new("a Mach-O executable", FormatFamily.Program)),
        ([0xCE, 0xFA, 0xED, 0xFE], new("a Mach-O executable", FormatFamily.Program)),
        ([0xCF, 0xFA, 0xED, 0xFE], new("a Mach-O executable", FormatFamily.Program)),
        ([0xCA, 0xFE, 0xBA, 0xBE], new("a Mach-O universal executable or Java class file", FormatFamily.Program)),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], new("a WebAssembly module", FormatFamily.Program)),
        ("dex\n"u8.ToArray(), new("an Android executable", FormatFamily.Program)),
        ([0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00], new("a Windows shortcut", FormatFamily.Program)),
        ("#!"u8.ToArray(), new("a script (it starts with #!)", FormatFamily.Program)),

        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], new("a legacy Microsoft Office file (.doc, .xls or .ppt) or another OLE compound file; save it as DOCX or PDF", FormatFamily.UnsupportedDocument)),
        (@"{\rtf"u8.ToArray(), new("an RTF document; save it as DOCX or PDF", FormatFamily.UnsupportedDocument)),
        ("%!PS"u8.ToArray(), new("a PostScript document; save it as PDF", FormatFamily.UnsupportedDocument)),
        ([0xC5, 0xD0, 0xD3, 0xC6], new("an Encapsulated PostScript file", FormatFamily.UnsupportedDocument)),
        ("SQLite format 3\0"u8.ToArray(), new("an SQLite database", FormatFamily.Other)),
        ("wOFF"u8.ToArray(), new("a web font", FormatFamily.Other)),
        ("wOF2"u8.ToArray(), new("a web font", FormatFamily.Other)),
        ([0x00, 0x01, 0x00, 0x00, 0x00], new("a TrueType font", FormatFamily.Other)),
        ([(byte)'O', (byte)'T', (byte)'T', (byte)'O', 0x00], new("an OpenType font", FormatFamily.Other)),
    ];

    public static RecognisedFormat? Recognise(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, format) in Prefixes)
        {
            if (content.StartsWith(magic))
            {
                return format;
            }
        }

        return RecogniseRiff(content)
            ?? RecogniseIsoMediaFile(content)
            ?? RecogniseWindowsExecutable(content)
            ?? RecogniseBitmap(content)
            ?? RecogniseMp3(content)
            ?? RecogniseBzip2(content)
            ?? RecogniseTar(content)
            ?? RecogniseDiscImage(content);
    }

    /// <summary>RIFF containers: the form type at offset 8 says image (WebP), video (AVI) or audio (WAVE).</summary>
    private static RecognisedFormat? RecogniseRiff(ReadOnlySpan<byte> content)
    {
        if (content.Length < 12 || !content.StartsWith("RIFF"u8))
        {
            return null;
        }

        var form = content.Slice(8, 4);
        if (form.SequenceEqual("WEBP"u8))
        {
            return new("a WebP image", FormatFamily.Image);
        }

        if (form.SequenceEqual("AVI "u8))
        {
            return new("an AVI video", FormatFamily.AudioVideo);
        }

        return form.SequenceEqual("WAVE"u8) ? new("a WAV audio file", FormatFamily.AudioVideo) : null;
    }

    /// <summary>ISO base media files (MP4, QuickTime, HEIF, AVIF) open with an <c>ftyp</c> box; its brand tells images from video.</summary>
    private static RecognisedFormat? RecogniseIsoMediaFile(ReadOnlySpan<byte> content)
    {
        if (content.Length < 12 || !content.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return null;
        }

        var boxSize = BinaryPrimitives.ReadUInt32BigEndian(content);
        if (boxSize is < 8 or > 4096)
        {
            return null;
        }

        return System.Text.Encoding.ASCII.GetString(content.Slice(8, 4)) switch
        {
            "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" or "mif1" or "msf1" => new("a HEIF image", FormatFamily.Image),
            "avif" or "avis" => new("an AVIF image", FormatFamily.Image),
            "crx " => new("a Canon raw image", FormatFamily.Image),
            "qt  " => new("a QuickTime video", FormatFamily.AudioVideo),
            "M4A " or "M4B " or "M4P " => new("an MPEG-4 audio file", FormatFamily.AudioVideo),
            "3gp4" or "3gp5" or "3gp6" or "3g2a" => new("a 3GP video", FormatFamily.AudioVideo),
            _ => new("an MP4 video", FormatFamily.AudioVideo),
        };
    }

    /// <summary>
    /// "MZ" alone could start a sentence, so a Windows/DOS executable is recognised by its PE header
    /// or, for bare DOS programs, by the NUL bytes every MZ header carries.
    /// </summary>
    private static RecognisedFormat? RecogniseWindowsExecutable(ReadOnlySpan<byte> content)
    {
        if (content.Length < 64 || !content.StartsWith("MZ"u8))
        {
            return null;
        }

        var peOffset = BinaryPrimitives.ReadUInt32LittleEndian(content[0x3C..]);
        if (peOffset <= (uint)content.Length - 4 && content.Slice((int)peOffset, 4).SequenceEqual("PE\0\0"u8))
        {
            return new("a Windows executable", FormatFamily.Program);
        }

        return content[..64].Contains((byte)0) ? new("a DOS or Windows executable", FormatFamily.Program) : null;
    }

    /// <summary>"BM" could start text; a bitmap's reserved header bytes are zero, which text never has.</summary>
    private static RecognisedFormat? RecogniseBitmap(ReadOnlySpan<byte> content) =>
        content.Length >= 26 && content.StartsWith("BM"u8) && BinaryPrimitives.ReadUInt32LittleEndian(content[6..]) == 0
            ? new("a BMP image", FormatFamily.Image)
            : null;

    /// <summary>MP3: an ID3 tag (version byte 2–4, revision 0) or a bare MPEG audio frame sync.</summary>
    private static RecognisedFormat? RecogniseMp3(ReadOnlySpan<byte> content)
    {
        var id3 = content.Length >= 10 && content.StartsWith("ID3"u8) && content[3] is >= 2 and <= 4 && content[4] == 0;
        var frameSync = content.Length >= 4 && content[0] == 0xFF && (content[1] & 0xE0) == 0xE0;
        return id3 || frameSync ? new("an MP3 or AAC audio file", FormatFamily.AudioVideo) : null;
    }

    /// <summary>"BZh1".."BZh9" followed by the block magic (π in BCD) or the end-of-stream magic (√π).</summary>
    private static RecognisedFormat? RecogniseBzip2(ReadOnlySpan<byte> content)
    {
        if (content.Length < 10 || !content.StartsWith("BZh"u8) || content[3] is < (byte)'1' or > (byte)'9')
        {
            return null;
        }

        var block = content.Slice(4, 6);
        return block.SequenceEqual((ReadOnlySpan<byte>)[0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
            || block.SequenceEqual((ReadOnlySpan<byte>)[0x17, 0x72, 0x45, 0x38, 0x50, 0x90])
            ? new("a BZIP2 archive", FormatFamily.Archive)
            : null;
    }

    /// <summary>POSIX and GNU tar put "ustar" at offset 257 of the first header block.</summary>
    private static RecognisedFormat? RecogniseTar(ReadOnlySpan<byte> content) =>
        content.Length >= 263 && content.Slice(257, 5).SequenceEqual("ustar"u8)
            ? new("a TAR archive", FormatFamily.Archive)
            : null;

    /// <summary>ISO 9660 images carry "CD001" in the first volume descriptor, 32 KB in.</summary>
    private static RecognisedFormat? RecogniseDiscImage(ReadOnlySpan<byte> content)
    {
        foreach (var offset in (ReadOnlySpan<int>)[0x8001, 0x8801, 0x9001])
        {
            if (content.Length >= offset + 5 && content.Slice(offset, 5).SequenceEqual("CD001"u8))
            {
                return new("a disc image", FormatFamily.Archive);
            }
        }

        return null;
    }
}
