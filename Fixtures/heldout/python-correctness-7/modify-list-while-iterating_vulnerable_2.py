"""OpenCV helper that keeps only the large contours of a scanned form."""
import cv2


def form_boxes(path, min_area=500.0):
    image = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    _, binary = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = [cv2.boundingRect(c) for c in contours]
    for index, box in enumerate(boxes):
        if box[2] * box[3] < min_area:
            del boxes[index]  # expect: modify-list-while-iterating
    return boxes
