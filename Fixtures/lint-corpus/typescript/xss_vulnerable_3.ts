import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({
  selector: 'app-comment',
  template: '<div [innerHTML]="body"></div>',
})
export class CommentComponent implements OnInit {
  body: SafeHtml = '';

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const text = this.route.snapshot.queryParamMap.get('text') ?? '';
    this.body = this.sanitizer.bypassSecurityTrustHtml(text); // expect: xss
  }
}
