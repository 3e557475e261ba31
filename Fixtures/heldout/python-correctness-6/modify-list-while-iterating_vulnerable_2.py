"""moviepy helper that assembles a highlight reel from tagged clips."""
from moviepy import VideoFileClip, concatenate_videoclips


def trim_short(clips, minimum=1.5):
    for index, clip in enumerate(clips):
        if clip.duration < minimum:
            del clips[index]  # expect: modify-list-while-iterating
    return clips


def build_reel(paths, output):
    clips = [VideoFileClip(path) for path in paths]
    trim_short(clips)
    reel = concatenate_videoclips(clips, method="compose")
    reel.write_videofile(output, fps=30)
    for clip in clips:
        clip.close()
    return output
