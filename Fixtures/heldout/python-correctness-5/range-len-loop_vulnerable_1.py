"""OpenCV: annotate detected faces in a class photo."""
import cv2

CASCADE = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")


def label_faces(image_path, names, out_path):
    image = cv2.imread(image_path)
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    faces = CASCADE.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5)
    for i in range(len(faces)):  # expect: range-len-loop
        x, y, w, h = faces[i]
        cv2.rectangle(image, (x, y), (x + w, y + h), (0, 200, 0), 2)
        cv2.putText(image, names[i], (x, y - 8), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 200, 0), 1)
    cv2.imwrite(out_path, image)
    return len(faces)


def brightness_profile(frames):
    means = []
    for k in range(0, len(frames)):  # expect: range-len-loop
        means.append(float(cv2.mean(frames[k])[0]))
    return means
