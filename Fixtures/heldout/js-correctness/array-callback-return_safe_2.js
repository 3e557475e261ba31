// gallery.js (fixed) - build thumbnails for the photo gallery page
const photos = [
  { src: "a.jpg", title: "Harbour", tags: ["sea", "boats"] },
  { src: "b.jpg", title: "Forest", tags: ["trees"] },
];

function thumbnails(list) {
  return list.map(function (photo) {
    const img = document.createElement("img");
    img.src = `thumbs/${photo.src}`;
    img.alt = photo.title;
    return img;
  });
}

function firstWithTag(list, tag) {
  return list.find((photo) => photo.tags.some((t) => t === tag));
}

function allTitled(list) {
  return list.every((photo) => {
    if (!photo.title) {
      return false;
    }
    return true;
  });
}

function markLoaded(list) {
  list.forEach((photo) => {
    photo.loaded = false;
  });
}

markLoaded(photos);
document.querySelector("#gallery").append(...thumbnails(photos));
console.log(firstWithTag(photos, "sea"), allTitled(photos));
