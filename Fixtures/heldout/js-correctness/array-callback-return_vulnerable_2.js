// gallery.js - build thumbnails for the photo gallery page
const photos = [
  { src: "a.jpg", title: "Harbour", tags: ["sea", "boats"] },
  { src: "b.jpg", title: "Forest", tags: ["trees"] },
  { src: "c.jpg", title: "Beach", tags: ["sea", "sand"] },
];

function thumbnails(list) {
  return list.map(function (photo) { // expect: array-callback-return
    const img = document.createElement("img");
    img.src = `thumbs/${photo.src}`;
    img.alt = photo.title;
  });
}

function firstWithTag(list, tag) {
  return list.find((photo) => { // expect: array-callback-return
    photo.tags.some((t) => t === tag);
  });
}

function allTitled(list) {
  return list.every((photo) => { // expect: array-callback-return
    if (!photo.title) {
      return false;
    }
  });
}

document.querySelector("#gallery").append(...thumbnails(photos));
console.log(firstWithTag(photos, "sea"), allTitled(photos));
