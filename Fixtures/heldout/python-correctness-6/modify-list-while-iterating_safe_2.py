"""moviepy helper that assembles a highlight reel from tagged clips."""
from moviepy import VideoFileClip, concatenate_videoclips


def trim_short(clips, minimum=1.5):
    clips[:] = [clip for clip in clips if clip.duration >= minimum]
    return clips


def build_reel(paths, output):
    clips = [VideoFileClip(path) for path in paths]
    trim_short(clips)
    reel = concatenate_videoclips(clips, method="compose")
    reel.write_videofile(output, fps=30)
    for clip in clips:
        clip.close()
    return output
