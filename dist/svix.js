export const id = 31;
export const ids = [31];
export const modules = {

/***/ 973:
/***/ (function(__unused_webpack_module, exports) {


// Copyright (C) 2016 Dmitry Chestnykh
// MIT License. See LICENSE file for details.
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (b.hasOwnProperty(p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
/**
 * Package base64 implements Base64 encoding and decoding.
 */
// Invalid character used in decoding to indicate
// that the character to decode is out of range of
// alphabet and cannot be decoded.
var INVALID_BYTE = 256;
/**
 * Implements standard Base64 encoding.
 *
 * Operates in constant time.
 */
var Coder = /** @class */ (function () {
    // TODO(dchest): methods to encode chunk-by-chunk.
    function Coder(_paddingCharacter) {
        if (_paddingCharacter === void 0) { _paddingCharacter = "="; }
        this._paddingCharacter = _paddingCharacter;
    }
    Coder.prototype.encodedLength = function (length) {
        if (!this._paddingCharacter) {
            return (length * 8 + 5) / 6 | 0;
        }
        return (length + 2) / 3 * 4 | 0;
    };
    Coder.prototype.encode = function (data) {
        var out = "";
        var i = 0;
        for (; i < data.length - 2; i += 3) {
            var c = (data[i] << 16) | (data[i + 1] << 8) | (data[i + 2]);
            out += this._encodeByte((c >>> 3 * 6) & 63);
            out += this._encodeByte((c >>> 2 * 6) & 63);
            out += this._encodeByte((c >>> 1 * 6) & 63);
            out += this._encodeByte((c >>> 0 * 6) & 63);
        }
        var left = data.length - i;
        if (left > 0) {
            var c = (data[i] << 16) | (left === 2 ? data[i + 1] << 8 : 0);
            out += this._encodeByte((c >>> 3 * 6) & 63);
            out += this._encodeByte((c >>> 2 * 6) & 63);
            if (left === 2) {
                out += this._encodeByte((c >>> 1 * 6) & 63);
            }
            else {
                out += this._paddingCharacter || "";
            }
            out += this._paddingCharacter || "";
        }
        return out;
    };
    Coder.prototype.maxDecodedLength = function (length) {
        if (!this._paddingCharacter) {
            return (length * 6 + 7) / 8 | 0;
        }
        return length / 4 * 3 | 0;
    };
    Coder.prototype.decodedLength = function (s) {
        return this.maxDecodedLength(s.length - this._getPaddingLength(s));
    };
    Coder.prototype.decode = function (s) {
        if (s.length === 0) {
            return new Uint8Array(0);
        }
        var paddingLength = this._getPaddingLength(s);
        var length = s.length - paddingLength;
        var out = new Uint8Array(this.maxDecodedLength(length));
        var op = 0;
        var i = 0;
        var haveBad = 0;
        var v0 = 0, v1 = 0, v2 = 0, v3 = 0;
        for (; i < length - 4; i += 4) {
            v0 = this._decodeChar(s.charCodeAt(i + 0));
            v1 = this._decodeChar(s.charCodeAt(i + 1));
            v2 = this._decodeChar(s.charCodeAt(i + 2));
            v3 = this._decodeChar(s.charCodeAt(i + 3));
            out[op++] = (v0 << 2) | (v1 >>> 4);
            out[op++] = (v1 << 4) | (v2 >>> 2);
            out[op++] = (v2 << 6) | v3;
            haveBad |= v0 & INVALID_BYTE;
            haveBad |= v1 & INVALID_BYTE;
            haveBad |= v2 & INVALID_BYTE;
            haveBad |= v3 & INVALID_BYTE;
        }
        if (i < length - 1) {
            v0 = this._decodeChar(s.charCodeAt(i));
            v1 = this._decodeChar(s.charCodeAt(i + 1));
            out[op++] = (v0 << 2) | (v1 >>> 4);
            haveBad |= v0 & INVALID_BYTE;
            haveBad |= v1 & INVALID_BYTE;
        }
        if (i < length - 2) {
            v2 = this._decodeChar(s.charCodeAt(i + 2));
            out[op++] = (v1 << 4) | (v2 >>> 2);
            haveBad |= v2 & INVALID_BYTE;
        }
        if (i < length - 3) {
            v3 = this._decodeChar(s.charCodeAt(i + 3));
            out[op++] = (v2 << 6) | v3;
            haveBad |= v3 & INVALID_BYTE;
        }
        if (haveBad !== 0) {
            throw new Error("Base64Coder: incorrect characters for decoding");
        }
        return out;
    };
    // Standard encoding have the following encoded/decoded ranges,
    // which we need to convert between.
    //
    // ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789  +   /
    // Index:   0 - 25                    26 - 51              52 - 61   62  63
    // ASCII:  65 - 90                    97 - 122             48 - 57   43  47
    //
    // Encode 6 bits in b into a new character.
    Coder.prototype._encodeByte = function (b) {
        // Encoding uses constant time operations as follows:
        //
        // 1. Define comparison of A with B using (A - B) >>> 8:
        //          if A > B, then result is positive integer
        //          if A <= B, then result is 0
        //
        // 2. Define selection of C or 0 using bitwise AND: X & C:
        //          if X == 0, then result is 0
        //          if X != 0, then result is C
        //
        // 3. Start with the smallest comparison (b >= 0), which is always
        //    true, so set the result to the starting ASCII value (65).
        //
        // 4. Continue comparing b to higher ASCII values, and selecting
        //    zero if comparison isn't true, otherwise selecting a value
        //    to add to result, which:
        //
        //          a) undoes the previous addition
        //          b) provides new value to add
        //
        var result = b;
        // b >= 0
        result += 65;
        // b > 25
        result += ((25 - b) >>> 8) & ((0 - 65) - 26 + 97);
        // b > 51
        result += ((51 - b) >>> 8) & ((26 - 97) - 52 + 48);
        // b > 61
        result += ((61 - b) >>> 8) & ((52 - 48) - 62 + 43);
        // b > 62
        result += ((62 - b) >>> 8) & ((62 - 43) - 63 + 47);
        return String.fromCharCode(result);
    };
    // Decode a character code into a byte.
    // Must return 256 if character is out of alphabet range.
    Coder.prototype._decodeChar = function (c) {
        // Decoding works similar to encoding: using the same comparison
        // function, but now it works on ranges: result is always incremented
        // by value, but this value becomes zero if the range is not
        // satisfied.
        //
        // Decoding starts with invalid value, 256, which is then
        // subtracted when the range is satisfied. If none of the ranges
        // apply, the function returns 256, which is then checked by
        // the caller to throw error.
        var result = INVALID_BYTE; // start with invalid character
        // c == 43 (c > 42 and c < 44)
        result += (((42 - c) & (c - 44)) >>> 8) & (-INVALID_BYTE + c - 43 + 62);
        // c == 47 (c > 46 and c < 48)
        result += (((46 - c) & (c - 48)) >>> 8) & (-INVALID_BYTE + c - 47 + 63);
        // c > 47 and c < 58
        result += (((47 - c) & (c - 58)) >>> 8) & (-INVALID_BYTE + c - 48 + 52);
        // c > 64 and c < 91
        result += (((64 - c) & (c - 91)) >>> 8) & (-INVALID_BYTE + c - 65 + 0);
        // c > 96 and c < 123
        result += (((96 - c) & (c - 123)) >>> 8) & (-INVALID_BYTE + c - 97 + 26);
        return result;
    };
    Coder.prototype._getPaddingLength = function (s) {
        var paddingLength = 0;
        if (this._paddingCharacter) {
            for (var i = s.length - 1; i >= 0; i--) {
                if (s[i] !== this._paddingCharacter) {
                    break;
                }
                paddingLength++;
            }
            if (s.length < 4 || paddingLength > 2) {
                throw new Error("Base64Coder: incorrect padding");
            }
        }
        return paddingLength;
    };
    return Coder;
}());
exports.Coder = Coder;
var stdCoder = new Coder();
function encode(data) {
    return stdCoder.encode(data);
}
exports.encode = encode;
function decode(s) {
    return stdCoder.decode(s);
}
exports.decode = decode;
/**
 * Implements URL-safe Base64 encoding.
 * (Same as Base64, but '+' is replaced with '-', and '/' with '_').
 *
 * Operates in constant time.
 */
var URLSafeCoder = /** @class */ (function (_super) {
    __extends(URLSafeCoder, _super);
    function URLSafeCoder() {
        return _super !== null && _super.apply(this, arguments) || this;
    }
    // URL-safe encoding have the following encoded/decoded ranges:
    //
    // ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789  -   _
    // Index:   0 - 25                    26 - 51              52 - 61   62  63
    // ASCII:  65 - 90                    97 - 122             48 - 57   45  95
    //
    URLSafeCoder.prototype._encodeByte = function (b) {
        var result = b;
        // b >= 0
        result += 65;
        // b > 25
        result += ((25 - b) >>> 8) & ((0 - 65) - 26 + 97);
        // b > 51
        result += ((51 - b) >>> 8) & ((26 - 97) - 52 + 48);
        // b > 61
        result += ((61 - b) >>> 8) & ((52 - 48) - 62 + 45);
        // b > 62
        result += ((62 - b) >>> 8) & ((62 - 45) - 63 + 95);
        return String.fromCharCode(result);
    };
    URLSafeCoder.prototype._decodeChar = function (c) {
        var result = INVALID_BYTE;
        // c == 45 (c > 44 and c < 46)
        result += (((44 - c) & (c - 46)) >>> 8) & (-INVALID_BYTE + c - 45 + 62);
        // c == 95 (c > 94 and c < 96)
        result += (((94 - c) & (c - 96)) >>> 8) & (-INVALID_BYTE + c - 95 + 63);
        // c > 47 and c < 58
        result += (((47 - c) & (c - 58)) >>> 8) & (-INVALID_BYTE + c - 48 + 52);
        // c > 64 and c < 91
        result += (((64 - c) & (c - 91)) >>> 8) & (-INVALID_BYTE + c - 65 + 0);
        // c > 96 and c < 123
        result += (((96 - c) & (c - 123)) >>> 8) & (-INVALID_BYTE + c - 97 + 26);
        return result;
    };
    return URLSafeCoder;
}(Coder));
exports.URLSafeCoder = URLSafeCoder;
var urlSafeCoder = new URLSafeCoder();
function encodeURLSafe(data) {
    return urlSafeCoder.encode(data);
}
exports.encodeURLSafe = encodeURLSafe;
function decodeURLSafe(s) {
    return urlSafeCoder.decode(s);
}
exports.decodeURLSafe = decodeURLSafe;
exports.encodedLength = function (length) {
    return stdCoder.encodedLength(length);
};
exports.maxDecodedLength = function (length) {
    return stdCoder.maxDecodedLength(length);
};
exports.decodedLength = function (s) {
    return stdCoder.decodedLength(s);
};
//# sourceMappingURL=base64.js.map

/***/ }),

/***/ 4887:
/***/ (function(module) {

(function (root, factory) {
    // Hack to make all exports of this module sha256 function object properties.
    var exports = {};
    factory(exports);
    var sha256 = exports["default"];
    for (var k in exports) {
        sha256[k] = exports[k];
    }
        
    if ( true && typeof module.exports === 'object') {
        module.exports = sha256;
    } else if (typeof define === 'function' && define.amd) {
        define(function() { return sha256; }); 
    } else {
        root.sha256 = sha256;
    }
})(this, function(exports) {
"use strict";
exports.__esModule = true;
// SHA-256 (+ HMAC and PBKDF2) for JavaScript.
//
// Written in 2014-2016 by Dmitry Chestnykh.
// Public domain, no warranty.
//
// Functions (accept and return Uint8Arrays):
//
//   sha256(message) -> hash
//   sha256.hmac(key, message) -> mac
//   sha256.pbkdf2(password, salt, rounds, dkLen) -> dk
//
//  Classes:
//
//   new sha256.Hash()
//   new sha256.HMAC(key)
//
exports.digestLength = 32;
exports.blockSize = 64;
// SHA-256 constants
var K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b,
    0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
    0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152,
    0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
function hashBlocks(w, v, p, pos, len) {
    var a, b, c, d, e, f, g, h, u, i, j, t1, t2;
    while (len >= 64) {
        a = v[0];
        b = v[1];
        c = v[2];
        d = v[3];
        e = v[4];
        f = v[5];
        g = v[6];
        h = v[7];
        for (i = 0; i < 16; i++) {
            j = pos + i * 4;
            w[i] = (((p[j] & 0xff) << 24) | ((p[j + 1] & 0xff) << 16) |
                ((p[j + 2] & 0xff) << 8) | (p[j + 3] & 0xff));
        }
        for (i = 16; i < 64; i++) {
            u = w[i - 2];
            t1 = (u >>> 17 | u << (32 - 17)) ^ (u >>> 19 | u << (32 - 19)) ^ (u >>> 10);
            u = w[i - 15];
            t2 = (u >>> 7 | u << (32 - 7)) ^ (u >>> 18 | u << (32 - 18)) ^ (u >>> 3);
            w[i] = (t1 + w[i - 7] | 0) + (t2 + w[i - 16] | 0);
        }
        for (i = 0; i < 64; i++) {
            t1 = (((((e >>> 6 | e << (32 - 6)) ^ (e >>> 11 | e << (32 - 11)) ^
                (e >>> 25 | e << (32 - 25))) + ((e & f) ^ (~e & g))) | 0) +
                ((h + ((K[i] + w[i]) | 0)) | 0)) | 0;
            t2 = (((a >>> 2 | a << (32 - 2)) ^ (a >>> 13 | a << (32 - 13)) ^
                (a >>> 22 | a << (32 - 22))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            h = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        v[0] += a;
        v[1] += b;
        v[2] += c;
        v[3] += d;
        v[4] += e;
        v[5] += f;
        v[6] += g;
        v[7] += h;
        pos += 64;
        len -= 64;
    }
    return pos;
}
// Hash implements SHA256 hash algorithm.
var Hash = /** @class */ (function () {
    function Hash() {
        this.digestLength = exports.digestLength;
        this.blockSize = exports.blockSize;
        // Note: Int32Array is used instead of Uint32Array for performance reasons.
        this.state = new Int32Array(8); // hash state
        this.temp = new Int32Array(64); // temporary state
        this.buffer = new Uint8Array(128); // buffer for data to hash
        this.bufferLength = 0; // number of bytes in buffer
        this.bytesHashed = 0; // number of total bytes hashed
        this.finished = false; // indicates whether the hash was finalized
        this.reset();
    }
    // Resets hash state making it possible
    // to re-use this instance to hash other data.
    Hash.prototype.reset = function () {
        this.state[0] = 0x6a09e667;
        this.state[1] = 0xbb67ae85;
        this.state[2] = 0x3c6ef372;
        this.state[3] = 0xa54ff53a;
        this.state[4] = 0x510e527f;
        this.state[5] = 0x9b05688c;
        this.state[6] = 0x1f83d9ab;
        this.state[7] = 0x5be0cd19;
        this.bufferLength = 0;
        this.bytesHashed = 0;
        this.finished = false;
        return this;
    };
    // Cleans internal buffers and re-initializes hash state.
    Hash.prototype.clean = function () {
        for (var i = 0; i < this.buffer.length; i++) {
            this.buffer[i] = 0;
        }
        for (var i = 0; i < this.temp.length; i++) {
            this.temp[i] = 0;
        }
        this.reset();
    };
    // Updates hash state with the given data.
    //
    // Optionally, length of the data can be specified to hash
    // fewer bytes than data.length.
    //
    // Throws error when trying to update already finalized hash:
    // instance must be reset to use it again.
    Hash.prototype.update = function (data, dataLength) {
        if (dataLength === void 0) { dataLength = data.length; }
        if (this.finished) {
            throw new Error("SHA256: can't update because hash was finished.");
        }
        var dataPos = 0;
        this.bytesHashed += dataLength;
        if (this.bufferLength > 0) {
            while (this.bufferLength < 64 && dataLength > 0) {
                this.buffer[this.bufferLength++] = data[dataPos++];
                dataLength--;
            }
            if (this.bufferLength === 64) {
                hashBlocks(this.temp, this.state, this.buffer, 0, 64);
                this.bufferLength = 0;
            }
        }
        if (dataLength >= 64) {
            dataPos = hashBlocks(this.temp, this.state, data, dataPos, dataLength);
            dataLength %= 64;
        }
        while (dataLength > 0) {
            this.buffer[this.bufferLength++] = data[dataPos++];
            dataLength--;
        }
        return this;
    };
    // Finalizes hash state and puts hash into out.
    //
    // If hash was already finalized, puts the same value.
    Hash.prototype.finish = function (out) {
        if (!this.finished) {
            var bytesHashed = this.bytesHashed;
            var left = this.bufferLength;
            var bitLenHi = (bytesHashed / 0x20000000) | 0;
            var bitLenLo = bytesHashed << 3;
            var padLength = (bytesHashed % 64 < 56) ? 64 : 128;
            this.buffer[left] = 0x80;
            for (var i = left + 1; i < padLength - 8; i++) {
                this.buffer[i] = 0;
            }
            this.buffer[padLength - 8] = (bitLenHi >>> 24) & 0xff;
            this.buffer[padLength - 7] = (bitLenHi >>> 16) & 0xff;
            this.buffer[padLength - 6] = (bitLenHi >>> 8) & 0xff;
            this.buffer[padLength - 5] = (bitLenHi >>> 0) & 0xff;
            this.buffer[padLength - 4] = (bitLenLo >>> 24) & 0xff;
            this.buffer[padLength - 3] = (bitLenLo >>> 16) & 0xff;
            this.buffer[padLength - 2] = (bitLenLo >>> 8) & 0xff;
            this.buffer[padLength - 1] = (bitLenLo >>> 0) & 0xff;
            hashBlocks(this.temp, this.state, this.buffer, 0, padLength);
            this.finished = true;
        }
        for (var i = 0; i < 8; i++) {
            out[i * 4 + 0] = (this.state[i] >>> 24) & 0xff;
            out[i * 4 + 1] = (this.state[i] >>> 16) & 0xff;
            out[i * 4 + 2] = (this.state[i] >>> 8) & 0xff;
            out[i * 4 + 3] = (this.state[i] >>> 0) & 0xff;
        }
        return this;
    };
    // Returns the final hash digest.
    Hash.prototype.digest = function () {
        var out = new Uint8Array(this.digestLength);
        this.finish(out);
        return out;
    };
    // Internal function for use in HMAC for optimization.
    Hash.prototype._saveState = function (out) {
        for (var i = 0; i < this.state.length; i++) {
            out[i] = this.state[i];
        }
    };
    // Internal function for use in HMAC for optimization.
    Hash.prototype._restoreState = function (from, bytesHashed) {
        for (var i = 0; i < this.state.length; i++) {
            this.state[i] = from[i];
        }
        this.bytesHashed = bytesHashed;
        this.finished = false;
        this.bufferLength = 0;
    };
    return Hash;
}());
exports.Hash = Hash;
// HMAC implements HMAC-SHA256 message authentication algorithm.
var HMAC = /** @class */ (function () {
    function HMAC(key) {
        this.inner = new Hash();
        this.outer = new Hash();
        this.blockSize = this.inner.blockSize;
        this.digestLength = this.inner.digestLength;
        var pad = new Uint8Array(this.blockSize);
        if (key.length > this.blockSize) {
            (new Hash()).update(key).finish(pad).clean();
        }
        else {
            for (var i = 0; i < key.length; i++) {
                pad[i] = key[i];
            }
        }
        for (var i = 0; i < pad.length; i++) {
            pad[i] ^= 0x36;
        }
        this.inner.update(pad);
        for (var i = 0; i < pad.length; i++) {
            pad[i] ^= 0x36 ^ 0x5c;
        }
        this.outer.update(pad);
        this.istate = new Uint32Array(8);
        this.ostate = new Uint32Array(8);
        this.inner._saveState(this.istate);
        this.outer._saveState(this.ostate);
        for (var i = 0; i < pad.length; i++) {
            pad[i] = 0;
        }
    }
    // Returns HMAC state to the state initialized with key
    // to make it possible to run HMAC over the other data with the same
    // key without creating a new instance.
    HMAC.prototype.reset = function () {
        this.inner._restoreState(this.istate, this.inner.blockSize);
        this.outer._restoreState(this.ostate, this.outer.blockSize);
        return this;
    };
    // Cleans HMAC state.
    HMAC.prototype.clean = function () {
        for (var i = 0; i < this.istate.length; i++) {
            this.ostate[i] = this.istate[i] = 0;
        }
        this.inner.clean();
        this.outer.clean();
    };
    // Updates state with provided data.
    HMAC.prototype.update = function (data) {
        this.inner.update(data);
        return this;
    };
    // Finalizes HMAC and puts the result in out.
    HMAC.prototype.finish = function (out) {
        if (this.outer.finished) {
            this.outer.finish(out);
        }
        else {
            this.inner.finish(out);
            this.outer.update(out, this.digestLength).finish(out);
        }
        return this;
    };
    // Returns message authentication code.
    HMAC.prototype.digest = function () {
        var out = new Uint8Array(this.digestLength);
        this.finish(out);
        return out;
    };
    return HMAC;
}());
exports.HMAC = HMAC;
// Returns SHA256 hash of data.
function hash(data) {
    var h = (new Hash()).update(data);
    var digest = h.digest();
    h.clean();
    return digest;
}
exports.hash = hash;
// Function hash is both available as module.hash and as default export.
exports["default"] = hash;
// Returns HMAC-SHA256 of data under the key.
function hmac(key, data) {
    var h = (new HMAC(key)).update(data);
    var digest = h.digest();
    h.clean();
    return digest;
}
exports.hmac = hmac;
// Fills hkdf buffer like this:
// T(1) = HMAC-Hash(PRK, T(0) | info | 0x01)
function fillBuffer(buffer, hmac, info, counter) {
    // Counter is a byte value: check if it overflowed.
    var num = counter[0];
    if (num === 0) {
        throw new Error("hkdf: cannot expand more");
    }
    // Prepare HMAC instance for new data with old key.
    hmac.reset();
    // Hash in previous output if it was generated
    // (i.e. counter is greater than 1).
    if (num > 1) {
        hmac.update(buffer);
    }
    // Hash in info if it exists.
    if (info) {
        hmac.update(info);
    }
    // Hash in the counter.
    hmac.update(counter);
    // Output result to buffer and clean HMAC instance.
    hmac.finish(buffer);
    // Increment counter inside typed array, this works properly.
    counter[0]++;
}
var hkdfSalt = new Uint8Array(exports.digestLength); // Filled with zeroes.
function hkdf(key, salt, info, length) {
    if (salt === void 0) { salt = hkdfSalt; }
    if (length === void 0) { length = 32; }
    var counter = new Uint8Array([1]);
    // HKDF-Extract uses salt as HMAC key, and key as data.
    var okm = hmac(salt, key);
    // Initialize HMAC for expanding with extracted key.
    // Ensure no collisions with `hmac` function.
    var hmac_ = new HMAC(okm);
    // Allocate buffer.
    var buffer = new Uint8Array(hmac_.digestLength);
    var bufpos = buffer.length;
    var out = new Uint8Array(length);
    for (var i = 0; i < length; i++) {
        if (bufpos === buffer.length) {
            fillBuffer(buffer, hmac_, info, counter);
            bufpos = 0;
        }
        out[i] = buffer[bufpos++];
    }
    hmac_.clean();
    buffer.fill(0);
    counter.fill(0);
    return out;
}
exports.hkdf = hkdf;
// Derives a key from password and salt using PBKDF2-HMAC-SHA256
// with the given number of iterations.
//
// The number of bytes returned is equal to dkLen.
//
// (For better security, avoid dkLen greater than hash length - 32 bytes).
function pbkdf2(password, salt, iterations, dkLen) {
    var prf = new HMAC(password);
    var len = prf.digestLength;
    var ctr = new Uint8Array(4);
    var t = new Uint8Array(len);
    var u = new Uint8Array(len);
    var dk = new Uint8Array(dkLen);
    for (var i = 0; i * len < dkLen; i++) {
        var c = i + 1;
        ctr[0] = (c >>> 24) & 0xff;
        ctr[1] = (c >>> 16) & 0xff;
        ctr[2] = (c >>> 8) & 0xff;
        ctr[3] = (c >>> 0) & 0xff;
        prf.reset();
        prf.update(salt);
        prf.update(ctr);
        prf.finish(u);
        for (var j = 0; j < len; j++) {
            t[j] = u[j];
        }
        for (var j = 2; j <= iterations; j++) {
            prf.reset();
            prf.update(u).finish(u);
            for (var k = 0; k < len; k++) {
                t[k] ^= u[k];
            }
        }
        for (var j = 0; j < len && i * len + j < dkLen; j++) {
            dk[i * len + j] = t[j];
        }
    }
    for (var i = 0; i < len; i++) {
        t[i] = u[i] = 0;
    }
    for (var i = 0; i < 4; i++) {
        ctr[i] = 0;
    }
    prf.clean();
    return dk;
}
exports.pbkdf2 = pbkdf2;
});


/***/ }),

/***/ 5487:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.KD = __webpack_unused_export__ = void 0;
const base64 = __webpack_require__(973);
const sha256 = __webpack_require__(4887);
const timing_safe_equal_1 = __webpack_require__(2514);
const WEBHOOK_TOLERANCE_IN_SECONDS = 5 * 60;
class ExtendableError extends Error {
    constructor(message) {
        super(message);
        Object.setPrototypeOf(this, ExtendableError.prototype);
        this.name = "ExtendableError";
        this.stack = new Error(message).stack;
    }
}
class WebhookVerificationError extends ExtendableError {
    constructor(message) {
        super(message);
        Object.setPrototypeOf(this, WebhookVerificationError.prototype);
        this.name = "WebhookVerificationError";
    }
}
__webpack_unused_export__ = WebhookVerificationError;
class Webhook {
    constructor(secret, options) {
        if ((options === null || options === void 0 ? void 0 : options.format) === "raw") {
            if (secret instanceof Uint8Array) {
                this.key = secret;
            }
            else {
                this.key = Uint8Array.from(secret, (c) => c.charCodeAt(0));
            }
        }
        else {
            if (typeof secret !== "string") {
                throw new Error("Expected secret to be of type string");
            }
            if (secret.startsWith(Webhook.prefix)) {
                secret = secret.substring(Webhook.prefix.length);
            }
            this.key = base64.decode(secret);
        }
        if (this.key.length === 0) {
            throw new Error("Secret can't be empty.");
        }
    }
    verify(payload, headers, options) {
        var _a;
        const jsonParse = (_a = options === null || options === void 0 ? void 0 : options.jsonParse) !== null && _a !== void 0 ? _a : true;
        const normalizedHeaders = {};
        for (const key of Object.keys(headers)) {
            normalizedHeaders[key.toLowerCase()] = headers[key];
        }
        const msgId = normalizedHeaders["webhook-id"];
        const msgSignature = normalizedHeaders["webhook-signature"];
        const msgTimestamp = normalizedHeaders["webhook-timestamp"];
        if (!msgSignature || !msgId || !msgTimestamp) {
            throw new WebhookVerificationError("Missing required headers");
        }
        const timestamp = this.verifyTimestamp(msgTimestamp);
        const computedSignature = this.sign(msgId, timestamp, payload);
        const expectedSignature = computedSignature.split(",")[1];
        const passedSignatures = msgSignature.split(" ");
        const encoder = new globalThis.TextEncoder();
        for (const versionedSignature of passedSignatures) {
            const [version, signature] = versionedSignature.split(",");
            if (version !== "v1") {
                continue;
            }
            if ((0, timing_safe_equal_1.timingSafeEqual)(encoder.encode(signature), encoder.encode(expectedSignature))) {
                const payloadString = payload.toString();
                if (payloadString === "") {
                    return undefined;
                }
                if (jsonParse) {
                    return JSON.parse(payloadString);
                }
                else {
                    return undefined;
                }
            }
        }
        throw new WebhookVerificationError("No matching signature found");
    }
    sign(msgId, timestamp, payload) {
        if (typeof payload === "string") {
        }
        else if (payload.constructor.name === "Buffer") {
            payload = payload.toString();
        }
        else {
            throw new Error("Expected payload to be of type string or Buffer.");
        }
        const encoder = new TextEncoder();
        const timestampNumber = Math.floor(timestamp.getTime() / 1000);
        const toSign = encoder.encode(`${msgId}.${timestampNumber}.${payload}`);
        const expectedSignature = base64.encode(sha256.hmac(this.key, toSign));
        return `v1,${expectedSignature}`;
    }
    verifyTimestamp(timestampHeader) {
        const now = Math.floor(Date.now() / 1000);
        const timestamp = parseInt(timestampHeader, 10);
        if (Number.isNaN(timestamp)) {
            throw new WebhookVerificationError("Invalid Signature Headers");
        }
        if (now - timestamp > WEBHOOK_TOLERANCE_IN_SECONDS) {
            throw new WebhookVerificationError("Message timestamp too old");
        }
        if (timestamp > now + WEBHOOK_TOLERANCE_IN_SECONDS) {
            throw new WebhookVerificationError("Message timestamp too new");
        }
        return new Date(timestamp * 1000);
    }
}
exports.KD = Webhook;
Webhook.prefix = "whsec_";
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2514:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timingSafeEqual = timingSafeEqual;
function assert(expr, msg = "") {
    if (!expr) {
        throw new Error(msg);
    }
}
function timingSafeEqual(a, b) {
    if (a.byteLength !== b.byteLength) {
        return false;
    }
    if (!(a instanceof DataView)) {
        a = new DataView(ArrayBuffer.isView(a) ? a.buffer : a);
    }
    if (!(b instanceof DataView)) {
        b = new DataView(ArrayBuffer.isView(b) ? b.buffer : b);
    }
    assert(a instanceof DataView);
    assert(b instanceof DataView);
    const length = a.byteLength;
    let out = 0;
    let i = -1;
    while (++i < length) {
        out |= a.getUint8(i) ^ b.getUint8(i);
    }
    return out === 0;
}
//# sourceMappingURL=timing_safe_equal.js.map

/***/ }),

/***/ 6943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Webhook: () => (/* binding */ Webhook)
/* harmony export */ });
/* unused harmony exports ApiException, AppPortalCapability, AutoConfig, AutoConfigConsumer, AutoConfigError, BackgroundTaskStatus, BackgroundTaskType, BulkExpungeStatus, ConnectorKind, ConnectorProduct, DestinationStatus, DestinationStatusIn, HTTPValidationError, HttpErrorOut, MessageAttemptTriggerType, MessageStatus, MessageStatusText, Ordering, SinkStatus, SinkStatusIn, StatusCodeClass, Svix, ValidationError, messageInRaw */
/* harmony import */ var standardwebhooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5487);

//#region src/models/applicationIn.ts
const ApplicationInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			throttleRate: self.throttleRate,
			uid: self.uid,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/applicationOut.ts
const ApplicationOutSerializer = {
	_fromJsonObject(object) {
		return {
			uid: object["uid"],
			name: object["name"],
			throttleRate: object["throttleRate"],
			id: object["id"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			uid: self.uid,
			name: self.name,
			throttleRate: self.throttleRate,
			id: self.id,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/applicationPatch.ts
const ApplicationPatchSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			throttleRate: self.throttleRate,
			uid: self.uid,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseApplicationOut.ts
const ListResponseApplicationOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => ApplicationOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => ApplicationOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/util.ts
var ApiException = class extends Error {
	code;
	body;
	headers = {};
	constructor(code, body, headers) {
		super(`HTTP-Code: ${code}\nHeaders: ${JSON.stringify(headers)}`);
		this.code = code;
		this.body = body;
		headers.forEach((value, name) => {
			this.headers[name] = value;
		});
	}
};
//#endregion
//#region src/request.ts
const LIB_VERSION = "2.5.0";
function getUserAgent() {
	var fields = [`svix-libs/${LIB_VERSION}/javascript`];
	if (typeof process !== "undefined") {
		if (process.version !== void 0) fields.push(`node/${process.version}`);
		if (process.platform !== void 0 && process.arch !== void 0) fields.push(`${process.platform}/${process.arch}`);
	} else if (typeof navigator !== "undefined" && navigator.userAgent !== void 0) fields.push(navigator.userAgent);
	return fields.join(" ");
}
const REGIONS = [
	{
		region: "us",
		url: "https://api.us.svix.com"
	},
	{
		region: "eu",
		url: "https://api.eu.svix.com"
	},
	{
		region: "in",
		url: "https://api.in.svix.com"
	},
	{
		region: "ca",
		url: "https://api.ca.svix.com"
	},
	{
		region: "au",
		url: "https://api.au.svix.com"
	}
];
/** Shared by `Svix` and `api_internal` so the latter need not import the package barrel. */
function createSvixRequestContext(token, options = {}) {
	const regionalUrl = REGIONS.find((x) => x.region === token.split(".")[1])?.url;
	const baseUrl = options.serverUrl?.replace(/\/+$/, "") ?? regionalUrl ?? "https://api.svix.com";
	if (options.retryScheduleInMs) return {
		baseUrl,
		token,
		timeout: options.requestTimeout,
		retryScheduleInMs: options.retryScheduleInMs,
		fetch: options.fetch
	};
	if (options.numRetries) return {
		baseUrl,
		token,
		timeout: options.requestTimeout,
		numRetries: options.numRetries,
		fetch: options.fetch
	};
	return {
		baseUrl,
		token,
		timeout: options.requestTimeout,
		fetch: options.fetch
	};
}
var SvixRequest = class {
	method;
	path;
	constructor(method, path) {
		this.method = method;
		this.path = path;
	}
	body;
	queryParams = {};
	headerParams = {};
	setPathParam(name, value) {
		const newPath = this.path.replace(`{${name}}`, encodeURIComponent(value));
		if (this.path === newPath) throw new Error(`path parameter ${name} not found`);
		this.path = newPath;
	}
	setQueryParams(params) {
		for (const [name, value] of Object.entries(params)) this.setQueryParam(name, value);
	}
	setQueryParam(name, value) {
		if (value === void 0 || value === null) return;
		if (typeof value === "string") this.queryParams[name] = value;
		else if (typeof value === "boolean" || typeof value === "number") this.queryParams[name] = value.toString();
		else if (value instanceof Date) this.queryParams[name] = value.toISOString();
		else if (Array.isArray(value)) {
			if (value.length > 0) this.queryParams[name] = value.join(",");
		} else throw new Error(`query parameter ${name} has unsupported type`);
	}
	setHeaderParam(name, value) {
		if (value === void 0) return;
		this.headerParams[name] = value;
	}
	setBody(value) {
		this.body = JSON.stringify(value);
	}
	/**
	* Send this request, returning the request body as a caller-specified type.
	*
	* If the server returns a 422 error, an `ApiException<HTTPValidationError>` is thrown.
	* If the server returns another 4xx error, an `ApiException<HttpErrorOut>` is thrown.
	*
	* If the server returns a 5xx error, the request is retried up to two times with exponential backoff.
	* If retries are exhausted, an `ApiException<HttpErrorOut>` is thrown.
	*/
	async send(ctx, parseResponseBody) {
		const response = await this.sendInner(ctx);
		if (response.status === 204) return null;
		const responseBody = await response.text();
		return parseResponseBody(JSON.parse(responseBody));
	}
	/** Same as `send`, but the response body is discarded, not parsed. */
	async sendNoResponseBody(ctx) {
		await this.sendInner(ctx);
	}
	async sendInner(ctx) {
		const url = new URL(ctx.baseUrl + this.path);
		for (const [name, value] of Object.entries(this.queryParams)) url.searchParams.set(name, value);
		if (this.headerParams["idempotency-key"] === void 0 && this.method.toUpperCase() === "POST") this.headerParams["idempotency-key"] = `auto_${crypto.randomUUID()}`;
		const randomId = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER);
		if (this.body != null) this.headerParams["content-type"] = "application/json";
		const isCredentialsSupported = "credentials" in Request.prototype;
		return filterResponseForErrors(await sendWithRetry(url, {
			method: this.method.toString(),
			body: this.body,
			headers: {
				accept: "application/json, */*;q=0.8",
				authorization: `Bearer ${ctx.token}`,
				"user-agent": getUserAgent(),
				"svix-req-id": randomId.toString(),
				...this.headerParams
			},
			credentials: isCredentialsSupported ? "same-origin" : void 0,
			signal: ctx.timeout !== void 0 ? AbortSignal.timeout(ctx.timeout) : void 0
		}, ctx.retryScheduleInMs, ctx.retryScheduleInMs?.[0], ctx.retryScheduleInMs?.length ?? ctx.numRetries, ctx.fetch));
	}
};
async function filterResponseForErrors(response) {
	if (response.status < 300) return response;
	const responseBody = await response.text();
	if (response.status === 422) throw new ApiException(response.status, JSON.parse(responseBody), response.headers);
	if (response.status >= 400 && response.status <= 499) throw new ApiException(response.status, JSON.parse(responseBody), response.headers);
	throw new ApiException(response.status, responseBody, response.headers);
}
async function sendWithRetry(url, init, retryScheduleInMs, nextInterval = 50, triesLeft = 2, fetchImpl = fetch, retryCount = 1) {
	const sleep = (interval) => new Promise((resolve) => setTimeout(resolve, interval));
	try {
		const response = await fetchImpl(url, init);
		if (triesLeft <= 0 || response.status < 500) return response;
	} catch (e) {
		if (triesLeft <= 0) throw e;
	}
	await sleep(nextInterval);
	init.headers["svix-retry-count"] = retryCount.toString();
	nextInterval = retryScheduleInMs?.[retryCount] ?? nextInterval * 2;
	return await sendWithRetry(url, init, retryScheduleInMs, nextInterval, --triesLeft, fetchImpl, ++retryCount);
}
//#endregion
//#region src/api/application.ts
var Application = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List of all the organization's applications. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/app");
		request.setQueryParams({
			exclude_apps_with_no_endpoints: options?.excludeAppsWithNoEndpoints,
			exclude_apps_with_disabled_endpoints: options?.excludeAppsWithDisabledEndpoints,
			exclude_apps_with_svix_play_endpoints: options?.excludeAppsWithSvixPlayEndpoints,
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseApplicationOutSerializer._fromJsonObject);
	}
	/** Create a new application. */
	async create(applicationIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(ApplicationInSerializer._toJsonObject(applicationIn));
		return await request.send(this.requestCtx, ApplicationOutSerializer._fromJsonObject);
	}
	/** Get the application with the UID from `applicationIn`, or create it if it doesn't exist yet. */
	getOrCreate(applicationIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app");
		request.setQueryParam("get_if_exists", true);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(ApplicationInSerializer._toJsonObject(applicationIn));
		return request.send(this.requestCtx, ApplicationOutSerializer._fromJsonObject);
	}
	/** Get an application. */
	async get(appId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}");
		request.setPathParam("app_id", appId);
		return await request.send(this.requestCtx, ApplicationOutSerializer._fromJsonObject);
	}
	/** Create or update an application. */
	async upsert(appId, applicationIn) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}");
		request.setPathParam("app_id", appId);
		request.setBody(ApplicationInSerializer._toJsonObject(applicationIn));
		return await request.send(this.requestCtx, ApplicationOutSerializer._fromJsonObject);
	}
	/** Delete an application. */
	async delete(appId) {
		const request = new SvixRequest("DELETE", "/api/v1/app/{app_id}");
		request.setPathParam("app_id", appId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update an application. */
	async patch(appId, applicationPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}");
		request.setPathParam("app_id", appId);
		request.setBody(ApplicationPatchSerializer._toJsonObject(applicationPatch));
		return await request.send(this.requestCtx, ApplicationOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/apiTokenOut.ts
const ApiTokenOutSerializer = {
	_fromJsonObject(object) {
		return {
			token: object["token"],
			id: object["id"],
			name: object["name"],
			createdAt: new Date(object["createdAt"]),
			expiresAt: object["expiresAt"] ? new Date(object["expiresAt"]) : null,
			scopes: object["scopes"]
		};
	},
	_toJsonObject(self) {
		return {
			token: self.token,
			id: self.id,
			name: self.name,
			createdAt: self.createdAt,
			expiresAt: self.expiresAt,
			scopes: self.scopes
		};
	}
};
//#endregion
//#region src/models/appPortalCapability.ts
let AppPortalCapability = /* @__PURE__ */ function(AppPortalCapability) {
	AppPortalCapability["ViewBase"] = "ViewBase";
	AppPortalCapability["ViewEndpointSecret"] = "ViewEndpointSecret";
	AppPortalCapability["ManageEndpointSecret"] = "ManageEndpointSecret";
	AppPortalCapability["ManageTransformations"] = "ManageTransformations";
	AppPortalCapability["CreateAttempts"] = "CreateAttempts";
	AppPortalCapability["ManageEndpoint"] = "ManageEndpoint";
	return AppPortalCapability;
}({});
const AppPortalCapabilitySerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/appPortalAccessIn.ts
const AppPortalAccessInSerializer = {
	_fromJsonObject(object) {
		return {
			application: object["application"] != null ? ApplicationInSerializer._fromJsonObject(object["application"]) : void 0,
			readOnly: object["readOnly"],
			capabilities: object["capabilities"]?.map((item) => AppPortalCapabilitySerializer._fromJsonObject(item)),
			featureFlags: object["featureFlags"],
			expiry: object["expiry"],
			sessionId: object["sessionId"]
		};
	},
	_toJsonObject(self) {
		return {
			application: self.application != null ? ApplicationInSerializer._toJsonObject(self.application) : void 0,
			readOnly: self.readOnly,
			capabilities: self.capabilities?.map((item) => AppPortalCapabilitySerializer._toJsonObject(item)),
			featureFlags: self.featureFlags,
			expiry: self.expiry,
			sessionId: self.sessionId
		};
	}
};
//#endregion
//#region src/models/appPortalAccessOut.ts
const AppPortalAccessOutSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			token: object["token"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			token: self.token
		};
	}
};
//#endregion
//#region src/models/applicationTokenExpireIn.ts
const ApplicationTokenExpireInSerializer = {
	_fromJsonObject(object) {
		return {
			expiry: object["expiry"],
			sessionIds: object["sessionIds"]
		};
	},
	_toJsonObject(self) {
		return {
			expiry: self.expiry,
			sessionIds: self.sessionIds
		};
	}
};
//#endregion
//#region src/models/rotatePollerTokenIn.ts
const RotatePollerTokenInSerializer = {
	_fromJsonObject(object) {
		return {
			expiry: object["expiry"],
			oldTokenExpiry: object["oldTokenExpiry"]
		};
	},
	_toJsonObject(self) {
		return {
			expiry: self.expiry,
			oldTokenExpiry: self.oldTokenExpiry
		};
	}
};
//#endregion
//#region src/models/streamPortalAccessIn.ts
const StreamPortalAccessInSerializer = {
	_fromJsonObject(object) {
		return {
			featureFlags: object["featureFlags"],
			expiry: object["expiry"],
			sessionId: object["sessionId"]
		};
	},
	_toJsonObject(self) {
		return {
			featureFlags: self.featureFlags,
			expiry: self.expiry,
			sessionId: self.sessionId
		};
	}
};
//#endregion
//#region src/models/streamTokenExpireIn.ts
const StreamTokenExpireInSerializer = {
	_fromJsonObject(object) {
		return {
			expiry: object["expiry"],
			sessionIds: object["sessionIds"]
		};
	},
	_toJsonObject(self) {
		return {
			expiry: self.expiry,
			sessionIds: self.sessionIds
		};
	}
};
//#endregion
//#region src/api/authentication.ts
var Authentication = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Use this function to get magic links (and authentication codes) for connecting your users to the Consumer Application Portal. */
	async appPortalAccess(appId, appPortalAccessIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/auth/app-portal-access/{app_id}");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(AppPortalAccessInSerializer._toJsonObject(appPortalAccessIn));
		return await request.send(this.requestCtx, AppPortalAccessOutSerializer._fromJsonObject);
	}
	/**
	* Logout an app token.
	*
	* Trying to log out other tokens will fail.
	*/
	async logout(options) {
		const request = new SvixRequest("POST", "/api/v1/auth/logout");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Expire all of the tokens associated with a specific application. */
	async expireAll(appId, applicationTokenExpireIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/auth/app/{app_id}/expire-all");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(ApplicationTokenExpireInSerializer._toJsonObject(applicationTokenExpireIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Use this function to get magic links (and authentication codes) for connecting your users to the Stream Consumer Portal. */
	async streamPortalAccess(streamId, streamPortalAccessIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/auth/stream-portal-access/{stream_id}");
		request.setPathParam("stream_id", streamId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(StreamPortalAccessInSerializer._toJsonObject(streamPortalAccessIn));
		return await request.send(this.requestCtx, AppPortalAccessOutSerializer._fromJsonObject);
	}
	/**
	* Logout a stream token.
	*
	* Trying to log out other tokens will fail.
	*/
	async streamLogout(options) {
		const request = new SvixRequest("POST", "/api/v1/auth/stream-logout");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Expire all of the tokens associated with a specific stream. */
	async streamExpireAll(streamId, streamTokenExpireIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/auth/stream/{stream_id}/expire-all");
		request.setPathParam("stream_id", streamId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(StreamTokenExpireInSerializer._toJsonObject(streamTokenExpireIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Create a new auth token for the stream poller API. */
	async rotateStreamPollerToken(streamId, sinkId, rotatePollerTokenIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/auth/stream/{stream_id}/sink/{sink_id}/poller/token/rotate");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(RotatePollerTokenInSerializer._toJsonObject(rotatePollerTokenIn));
		return await request.send(this.requestCtx, ApiTokenOutSerializer._fromJsonObject);
	}
	/** Get the current auth token for the stream poller. */
	async getStreamPollerToken(streamId, sinkId) {
		const request = new SvixRequest("GET", "/api/v1/auth/stream/{stream_id}/sink/{sink_id}/poller/token");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		return await request.send(this.requestCtx, ApiTokenOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/autoConfigOut.ts
const AutoConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			createdAt: new Date(object["createdAt"]),
			token: object["token"],
			id: object["id"]
		};
	},
	_toJsonObject(self) {
		return {
			createdAt: self.createdAt,
			token: self.token,
			id: self.id
		};
	}
};
//#endregion
//#region src/models/endpointSecretRotateIn.ts
const EndpointSecretRotateInSerializer = {
	_fromJsonObject(object) {
		return {
			key: object["key"],
			gracePeriodSeconds: object["gracePeriodSeconds"]
		};
	},
	_toJsonObject(self) {
		return {
			key: self.key,
			gracePeriodSeconds: self.gracePeriodSeconds
		};
	}
};
//#endregion
//#region src/models/rotateSubscriptionIn2.ts
const RotateSubscriptionIn2Serializer = {
	_fromJsonObject(object) {
		return { signingSecret: object["signingSecret"] != null ? EndpointSecretRotateInSerializer._fromJsonObject(object["signingSecret"]) : void 0 };
	},
	_toJsonObject(self) {
		return { signingSecret: self.signingSecret != null ? EndpointSecretRotateInSerializer._toJsonObject(self.signingSecret) : void 0 };
	}
};
//#endregion
//#region src/api/autoconfigSubscription.ts
var AutoconfigSubscription$1 = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Create an AutoConfig subscription. */
	async create(appId, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/autoconfig");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.send(this.requestCtx, AutoConfigOutSerializer._fromJsonObject);
	}
	/** Rotate the auth token and signing secret for an AutoConfig subscription. */
	async rotate(appId, autoconfigId, rotateSubscriptionIn2 = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/autoconfig/{autoconfig_id}/rotate");
		request.setPathParam("app_id", appId);
		request.setPathParam("autoconfig_id", autoconfigId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(RotateSubscriptionIn2Serializer._toJsonObject(rotateSubscriptionIn2));
		return await request.send(this.requestCtx, AutoConfigOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/backgroundTaskStatus.ts
let BackgroundTaskStatus = /* @__PURE__ */ function(BackgroundTaskStatus) {
	BackgroundTaskStatus["Running"] = "running";
	BackgroundTaskStatus["Finished"] = "finished";
	BackgroundTaskStatus["Failed"] = "failed";
	return BackgroundTaskStatus;
}({});
const BackgroundTaskStatusSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/backgroundTaskType.ts
let BackgroundTaskType = /* @__PURE__ */ function(BackgroundTaskType) {
	BackgroundTaskType["EndpointReplay"] = "endpoint.replay";
	BackgroundTaskType["EndpointRecover"] = "endpoint.recover";
	BackgroundTaskType["ApplicationStats"] = "application.stats";
	BackgroundTaskType["MessageBroadcast"] = "message.broadcast";
	BackgroundTaskType["SdkGenerate"] = "sdk.generate";
	BackgroundTaskType["EventTypeAggregate"] = "event-type.aggregate";
	BackgroundTaskType["ApplicationPurgeContent"] = "application.purge_content";
	BackgroundTaskType["EndpointBulkReplay"] = "endpoint.bulk-replay";
	return BackgroundTaskType;
}({});
const BackgroundTaskTypeSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/backgroundTaskOut.ts
const BackgroundTaskOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"],
			id: object["id"],
			status: BackgroundTaskStatusSerializer._fromJsonObject(object["status"]),
			task: BackgroundTaskTypeSerializer._fromJsonObject(object["task"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data,
			id: self.id,
			status: BackgroundTaskStatusSerializer._toJsonObject(self.status),
			task: BackgroundTaskTypeSerializer._toJsonObject(self.task),
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/listResponseBackgroundTaskOut.ts
const ListResponseBackgroundTaskOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => BackgroundTaskOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => BackgroundTaskOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/backgroundTask.ts
var BackgroundTask = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List background tasks executed in the past 90 days. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/background-task");
		request.setQueryParams({
			status: options?.status,
			task: options?.task,
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseBackgroundTaskOutSerializer._fromJsonObject);
	}
	/** Get a background task by ID. */
	async get(taskId) {
		const request = new SvixRequest("GET", "/api/v1/background-task/{task_id}");
		request.setPathParam("task_id", taskId);
		return await request.send(this.requestCtx, BackgroundTaskOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/connectorKind.ts
let ConnectorKind = /* @__PURE__ */ function(ConnectorKind) {
	ConnectorKind["Custom"] = "Custom";
	ConnectorKind["AgenticCommerceProtocol"] = "AgenticCommerceProtocol";
	ConnectorKind["CloseCrm"] = "CloseCRM";
	ConnectorKind["CustomerIo"] = "CustomerIO";
	ConnectorKind["Discord"] = "Discord";
	ConnectorKind["Hubspot"] = "Hubspot";
	ConnectorKind["Inngest"] = "Inngest";
	ConnectorKind["Loops"] = "Loops";
	ConnectorKind["Otel"] = "Otel";
	ConnectorKind["Resend"] = "Resend";
	ConnectorKind["Salesforce"] = "Salesforce";
	ConnectorKind["Segment"] = "Segment";
	ConnectorKind["Sendgrid"] = "Sendgrid";
	ConnectorKind["Slack"] = "Slack";
	ConnectorKind["Teams"] = "Teams";
	ConnectorKind["TriggerDev"] = "TriggerDev";
	ConnectorKind["Windmill"] = "Windmill";
	ConnectorKind["Zapier"] = "Zapier";
	return ConnectorKind;
}({});
const ConnectorKindSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/connectorProduct.ts
let ConnectorProduct = /* @__PURE__ */ function(ConnectorProduct) {
	ConnectorProduct["Dispatch"] = "Dispatch";
	ConnectorProduct["Stream"] = "Stream";
	return ConnectorProduct;
}({});
const ConnectorProductSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/connectorIn.ts
const ConnectorInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			uid: object["uid"],
			logo: object["logo"],
			description: object["description"],
			kind: object["kind"] != null ? ConnectorKindSerializer._fromJsonObject(object["kind"]) : void 0,
			instructions: object["instructions"],
			allowedEventTypes: object["allowedEventTypes"],
			transformation: object["transformation"],
			featureFlags: object["featureFlags"],
			productType: object["productType"] != null ? ConnectorProductSerializer._fromJsonObject(object["productType"]) : void 0
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			uid: self.uid,
			logo: self.logo,
			description: self.description,
			kind: self.kind != null ? ConnectorKindSerializer._toJsonObject(self.kind) : void 0,
			instructions: self.instructions,
			allowedEventTypes: self.allowedEventTypes,
			transformation: self.transformation,
			featureFlags: self.featureFlags,
			productType: self.productType != null ? ConnectorProductSerializer._toJsonObject(self.productType) : void 0
		};
	}
};
//#endregion
//#region src/models/connectorOut.ts
const ConnectorOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			orgId: object["orgId"],
			uid: object["uid"],
			kind: ConnectorKindSerializer._fromJsonObject(object["kind"]),
			name: object["name"],
			logo: object["logo"],
			description: object["description"],
			instructions: object["instructions"],
			allowedEventTypes: object["allowedEventTypes"],
			transformation: object["transformation"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			transformationUpdatedAt: new Date(object["transformationUpdatedAt"]),
			featureFlags: object["featureFlags"],
			productType: ConnectorProductSerializer._fromJsonObject(object["productType"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			orgId: self.orgId,
			uid: self.uid,
			kind: ConnectorKindSerializer._toJsonObject(self.kind),
			name: self.name,
			logo: self.logo,
			description: self.description,
			instructions: self.instructions,
			allowedEventTypes: self.allowedEventTypes,
			transformation: self.transformation,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			transformationUpdatedAt: self.transformationUpdatedAt,
			featureFlags: self.featureFlags,
			productType: ConnectorProductSerializer._toJsonObject(self.productType)
		};
	}
};
//#endregion
//#region src/models/connectorPatch.ts
const ConnectorPatchSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			logo: object["logo"],
			description: object["description"],
			kind: object["kind"] != null ? ConnectorKindSerializer._fromJsonObject(object["kind"]) : void 0,
			instructions: object["instructions"],
			allowedEventTypes: object["allowedEventTypes"],
			transformation: object["transformation"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			logo: self.logo,
			description: self.description,
			kind: self.kind != null ? ConnectorKindSerializer._toJsonObject(self.kind) : void 0,
			instructions: self.instructions,
			allowedEventTypes: self.allowedEventTypes,
			transformation: self.transformation,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/connectorUpsertIn.ts
const ConnectorUpsertInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			logo: object["logo"],
			description: object["description"],
			kind: object["kind"] != null ? ConnectorKindSerializer._fromJsonObject(object["kind"]) : void 0,
			instructions: object["instructions"],
			allowedEventTypes: object["allowedEventTypes"],
			transformation: object["transformation"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			logo: self.logo,
			description: self.description,
			kind: self.kind != null ? ConnectorKindSerializer._toJsonObject(self.kind) : void 0,
			instructions: self.instructions,
			allowedEventTypes: self.allowedEventTypes,
			transformation: self.transformation,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/listResponseConnectorOut.ts
const ListResponseConnectorOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => ConnectorOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => ConnectorOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/connector.ts
var Connector = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List all connectors for an application. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/connector");
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order,
			product_type: options?.productType
		});
		return await request.send(this.requestCtx, ListResponseConnectorOutSerializer._fromJsonObject);
	}
	/** Create a new connector. */
	async create(connectorIn, options) {
		const request = new SvixRequest("POST", "/api/v1/connector");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(ConnectorInSerializer._toJsonObject(connectorIn));
		return await request.send(this.requestCtx, ConnectorOutSerializer._fromJsonObject);
	}
	/** Get a connector. */
	async get(connectorId) {
		const request = new SvixRequest("GET", "/api/v1/connector/{connector_id}");
		request.setPathParam("connector_id", connectorId);
		return await request.send(this.requestCtx, ConnectorOutSerializer._fromJsonObject);
	}
	/** Create or update a connector. */
	async upsert(connectorId, connectorUpsertIn) {
		const request = new SvixRequest("PUT", "/api/v1/connector/{connector_id}");
		request.setPathParam("connector_id", connectorId);
		request.setBody(ConnectorUpsertInSerializer._toJsonObject(connectorUpsertIn));
		return await request.send(this.requestCtx, ConnectorOutSerializer._fromJsonObject);
	}
	/** Delete a connector. */
	async delete(connectorId) {
		const request = new SvixRequest("DELETE", "/api/v1/connector/{connector_id}");
		request.setPathParam("connector_id", connectorId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update a connector. */
	async patch(connectorId, connectorPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/connector/{connector_id}");
		request.setPathParam("connector_id", connectorId);
		request.setBody(ConnectorPatchSerializer._toJsonObject(connectorPatch));
		return await request.send(this.requestCtx, ConnectorOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/azureBlobStorageConfigIn.ts
const AzureBlobStorageConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			container: object["container"],
			account: object["account"],
			accessKey: object["accessKey"]
		};
	},
	_toJsonObject(self) {
		return {
			container: self.container,
			account: self.account,
			accessKey: self.accessKey
		};
	}
};
//#endregion
//#region src/models/bigQueryConfigIn.ts
const BigQueryConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			projectId: object["projectId"],
			datasetId: object["datasetId"],
			tableId: object["tableId"],
			credentials: object["credentials"]
		};
	},
	_toJsonObject(self) {
		return {
			projectId: self.projectId,
			datasetId: self.datasetId,
			tableId: self.tableId,
			credentials: self.credentials
		};
	}
};
//#endregion
//#region src/models/clickhouseConfigIn.ts
const ClickhouseConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			username: object["username"],
			password: object["password"],
			database: object["database"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			username: self.username,
			password: self.password,
			database: self.database,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/destinationStatusIn.ts
let DestinationStatusIn = /* @__PURE__ */ function(DestinationStatusIn) {
	DestinationStatusIn["Enabled"] = "enabled";
	DestinationStatusIn["Disabled"] = "disabled";
	return DestinationStatusIn;
}({});
const DestinationStatusInSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/eventBridgeConfigIn.ts
const EventBridgeConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			eventBusName: object["eventBusName"],
			detailType: object["detailType"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"]
		};
	},
	_toJsonObject(self) {
		return {
			eventBusName: self.eventBusName,
			detailType: self.detailType,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region
		};
	}
};
//#endregion
//#region src/models/fifoEndpointConfigIn.ts
const FifoEndpointConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			headers: object["headers"],
			key: object["key"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			headers: self.headers,
			key: self.key
		};
	}
};
//#endregion
//#region src/models/googleCloudPubSubConfigIn.ts
const GoogleCloudPubSubConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			projectId: object["projectId"],
			topicId: object["topicId"],
			credentials: object["credentials"]
		};
	},
	_toJsonObject(self) {
		return {
			projectId: self.projectId,
			topicId: self.topicId,
			credentials: self.credentials
		};
	}
};
//#endregion
//#region src/models/googleCloudStorageConfigIn.ts
const GoogleCloudStorageConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			bucket: object["bucket"],
			credentials: object["credentials"]
		};
	},
	_toJsonObject(self) {
		return {
			bucket: self.bucket,
			credentials: self.credentials
		};
	}
};
//#endregion
//#region src/models/otelTracingConfigIn.ts
const OtelTracingConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			headers: object["headers"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			headers: self.headers
		};
	}
};
//#endregion
//#region src/models/postgresConfigIn.ts
const PostgresConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			password: object["password"],
			tableName: object["tableName"],
			sslRootCert: object["sslRootCert"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			password: self.password,
			tableName: self.tableName,
			sslRootCert: self.sslRootCert
		};
	}
};
//#endregion
//#region src/models/rabbitMqConfigIn.ts
const RabbitMqConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			uri: object["uri"],
			routingKey: object["routingKey"]
		};
	},
	_toJsonObject(self) {
		return {
			uri: self.uri,
			routingKey: self.routingKey
		};
	}
};
//#endregion
//#region src/models/redshiftConfigIn.ts
const RedshiftConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"],
			clusterIdentifier: object["clusterIdentifier"],
			dbUser: object["dbUser"],
			workgroupName: object["workgroupName"],
			dbName: object["dbName"],
			schemaName: object["schemaName"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region,
			clusterIdentifier: self.clusterIdentifier,
			dbUser: self.dbUser,
			workgroupName: self.workgroupName,
			dbName: self.dbName,
			schemaName: self.schemaName,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/s3ConfigIn.ts
const S3ConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			bucket: object["bucket"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			region: object["region"],
			endpointUrl: object["endpointUrl"],
			roleArn: object["roleArn"],
			externalId: object["externalId"]
		};
	},
	_toJsonObject(self) {
		return {
			bucket: self.bucket,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			region: self.region,
			endpointUrl: self.endpointUrl,
			roleArn: self.roleArn,
			externalId: self.externalId
		};
	}
};
//#endregion
//#region src/models/snowflakeConfigIn.ts
const SnowflakeConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			privateKey: object["privateKey"],
			accountIdentifier: object["accountIdentifier"],
			userId: object["userId"],
			dbName: object["dbName"],
			schemaName: object["schemaName"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			privateKey: self.privateKey,
			accountIdentifier: self.accountIdentifier,
			userId: self.userId,
			dbName: self.dbName,
			schemaName: self.schemaName,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/snsConfigIn.ts
const SnsConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			topicArn: object["topicArn"],
			region: object["region"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			endpointUrl: object["endpointUrl"],
			roleArn: object["roleArn"],
			externalId: object["externalId"]
		};
	},
	_toJsonObject(self) {
		return {
			topicArn: self.topicArn,
			region: self.region,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			endpointUrl: self.endpointUrl,
			roleArn: self.roleArn,
			externalId: self.externalId
		};
	}
};
//#endregion
//#region src/models/sqsConfigIn.ts
const SqsConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			queueUrl: object["queueUrl"],
			region: object["region"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			endpointUrl: object["endpointUrl"]
		};
	},
	_toJsonObject(self) {
		return {
			queueUrl: self.queueUrl,
			region: self.region,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			endpointUrl: self.endpointUrl
		};
	}
};
//#endregion
//#region src/models/destinationIn.ts
const DestinationInSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "pollingEndpoint": return {};
				case "azureBlobStorage": return AzureBlobStorageConfigInSerializer._fromJsonObject(object["config"]);
				case "otelTracing": return OtelTracingConfigInSerializer._fromJsonObject(object["config"]);
				case "fifoEndpoint": return FifoEndpointConfigInSerializer._fromJsonObject(object["config"]);
				case "amazonS3": return S3ConfigInSerializer._fromJsonObject(object["config"]);
				case "googleCloudStorage": return GoogleCloudStorageConfigInSerializer._fromJsonObject(object["config"]);
				case "googleCloudPubSub": return GoogleCloudPubSubConfigInSerializer._fromJsonObject(object["config"]);
				case "sqs": return SqsConfigInSerializer._fromJsonObject(object["config"]);
				case "sns": return SnsConfigInSerializer._fromJsonObject(object["config"]);
				case "bigQuery": return BigQueryConfigInSerializer._fromJsonObject(object["config"]);
				case "clickhouse": return ClickhouseConfigInSerializer._fromJsonObject(object["config"]);
				case "eventBridge": return EventBridgeConfigInSerializer._fromJsonObject(object["config"]);
				case "snowflake": return SnowflakeConfigInSerializer._fromJsonObject(object["config"]);
				case "rabbitMq": return RabbitMqConfigInSerializer._fromJsonObject(object["config"]);
				case "redshift": return RedshiftConfigInSerializer._fromJsonObject(object["config"]);
				case "postgres": return PostgresConfigInSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			uid: object["uid"],
			status: object["status"] != null ? DestinationStatusInSerializer._fromJsonObject(object["status"]) : void 0,
			batchSize: object["batchSize"],
			maxWaitSecs: object["maxWaitSecs"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "pollingEndpoint":
				config = {};
				break;
			case "azureBlobStorage":
				config = AzureBlobStorageConfigInSerializer._toJsonObject(self.config);
				break;
			case "otelTracing":
				config = OtelTracingConfigInSerializer._toJsonObject(self.config);
				break;
			case "fifoEndpoint":
				config = FifoEndpointConfigInSerializer._toJsonObject(self.config);
				break;
			case "amazonS3":
				config = S3ConfigInSerializer._toJsonObject(self.config);
				break;
			case "googleCloudStorage":
				config = GoogleCloudStorageConfigInSerializer._toJsonObject(self.config);
				break;
			case "googleCloudPubSub":
				config = GoogleCloudPubSubConfigInSerializer._toJsonObject(self.config);
				break;
			case "sqs":
				config = SqsConfigInSerializer._toJsonObject(self.config);
				break;
			case "sns":
				config = SnsConfigInSerializer._toJsonObject(self.config);
				break;
			case "bigQuery":
				config = BigQueryConfigInSerializer._toJsonObject(self.config);
				break;
			case "clickhouse":
				config = ClickhouseConfigInSerializer._toJsonObject(self.config);
				break;
			case "eventBridge":
				config = EventBridgeConfigInSerializer._toJsonObject(self.config);
				break;
			case "snowflake":
				config = SnowflakeConfigInSerializer._toJsonObject(self.config);
				break;
			case "rabbitMq":
				config = RabbitMqConfigInSerializer._toJsonObject(self.config);
				break;
			case "redshift":
				config = RedshiftConfigInSerializer._toJsonObject(self.config);
				break;
			case "postgres":
				config = PostgresConfigInSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			uid: self.uid,
			status: self.status != null ? DestinationStatusInSerializer._toJsonObject(self.status) : void 0,
			batchSize: self.batchSize,
			maxWaitSecs: self.maxWaitSecs,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/azureBlobStorageConfigOut.ts
const AzureBlobStorageConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			container: object["container"],
			account: object["account"]
		};
	},
	_toJsonObject(self) {
		return {
			container: self.container,
			account: self.account
		};
	}
};
//#endregion
//#region src/models/bigQueryConfigOut.ts
const BigQueryConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			projectId: object["projectId"],
			datasetId: object["datasetId"],
			tableId: object["tableId"]
		};
	},
	_toJsonObject(self) {
		return {
			projectId: self.projectId,
			datasetId: self.datasetId,
			tableId: self.tableId
		};
	}
};
//#endregion
//#region src/models/clickhouseConfigOut.ts
const ClickhouseConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			username: object["username"],
			database: object["database"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			username: self.username,
			database: self.database,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/destinationStatus.ts
let DestinationStatus = /* @__PURE__ */ function(DestinationStatus) {
	DestinationStatus["Enabled"] = "enabled";
	DestinationStatus["Paused"] = "paused";
	DestinationStatus["Disabled"] = "disabled";
	DestinationStatus["Retrying"] = "retrying";
	return DestinationStatus;
}({});
const DestinationStatusSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/eventBridgeConfigOut.ts
const EventBridgeConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			eventBusName: object["eventBusName"],
			detailType: object["detailType"],
			accessKeyId: object["accessKeyId"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"]
		};
	},
	_toJsonObject(self) {
		return {
			eventBusName: self.eventBusName,
			detailType: self.detailType,
			accessKeyId: self.accessKeyId,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region
		};
	}
};
//#endregion
//#region src/models/googleCloudPubSubConfigOut.ts
const GoogleCloudPubSubConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			projectId: object["projectId"],
			topicId: object["topicId"]
		};
	},
	_toJsonObject(self) {
		return {
			projectId: self.projectId,
			topicId: self.topicId
		};
	}
};
//#endregion
//#region src/models/googleCloudStorageConfigOut.ts
const GoogleCloudStorageConfigOutSerializer = {
	_fromJsonObject(object) {
		return { bucket: object["bucket"] };
	},
	_toJsonObject(self) {
		return { bucket: self.bucket };
	}
};
//#endregion
//#region src/models/endpointHeadersOut.ts
const EndpointHeadersOutSerializer = {
	_fromJsonObject(object) {
		return {
			headers: object["headers"],
			sensitive: object["sensitive"]
		};
	},
	_toJsonObject(self) {
		return {
			headers: self.headers,
			sensitive: self.sensitive
		};
	}
};
//#endregion
//#region src/models/otelTracingConfigOut.ts
const OtelTracingConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			headers: EndpointHeadersOutSerializer._fromJsonObject(object["headers"])
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			headers: EndpointHeadersOutSerializer._toJsonObject(self.headers)
		};
	}
};
//#endregion
//#region src/models/postgresConfigOut.ts
const PostgresConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			tableName: object["tableName"],
			sslRootCert: object["sslRootCert"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			tableName: self.tableName,
			sslRootCert: self.sslRootCert
		};
	}
};
//#endregion
//#region src/models/rabbitMqConfigOut.ts
const RabbitMqConfigOutSerializer = {
	_fromJsonObject(object) {
		return { routingKey: object["routingKey"] };
	},
	_toJsonObject(self) {
		return { routingKey: self.routingKey };
	}
};
//#endregion
//#region src/models/redshiftConfigOut.ts
const RedshiftConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			accessKeyId: object["accessKeyId"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"],
			clusterIdentifier: object["clusterIdentifier"],
			dbUser: object["dbUser"],
			workgroupName: object["workgroupName"],
			dbName: object["dbName"],
			schemaName: object["schemaName"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			accessKeyId: self.accessKeyId,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region,
			clusterIdentifier: self.clusterIdentifier,
			dbUser: self.dbUser,
			workgroupName: self.workgroupName,
			dbName: self.dbName,
			schemaName: self.schemaName,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/s3ConfigOut.ts
const S3ConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			bucket: object["bucket"],
			accessKeyId: object["accessKeyId"],
			region: object["region"],
			endpointUrl: object["endpointUrl"],
			roleArn: object["roleArn"],
			externalId: object["externalId"]
		};
	},
	_toJsonObject(self) {
		return {
			bucket: self.bucket,
			accessKeyId: self.accessKeyId,
			region: self.region,
			endpointUrl: self.endpointUrl,
			roleArn: self.roleArn,
			externalId: self.externalId
		};
	}
};
//#endregion
//#region src/models/sinkHttpConfigOut.ts
const SinkHttpConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			headers: EndpointHeadersOutSerializer._fromJsonObject(object["headers"])
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			headers: EndpointHeadersOutSerializer._toJsonObject(self.headers)
		};
	}
};
//#endregion
//#region src/models/snowflakeConfigOut.ts
const SnowflakeConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			accountIdentifier: object["accountIdentifier"],
			userId: object["userId"],
			dbName: object["dbName"],
			schemaName: object["schemaName"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			accountIdentifier: self.accountIdentifier,
			userId: self.userId,
			dbName: self.dbName,
			schemaName: self.schemaName,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/snsConfigOut.ts
const SnsConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			topicArn: object["topicArn"],
			region: object["region"],
			accessKeyId: object["accessKeyId"],
			roleArn: object["roleArn"],
			externalId: object["externalId"]
		};
	},
	_toJsonObject(self) {
		return {
			topicArn: self.topicArn,
			region: self.region,
			accessKeyId: self.accessKeyId,
			roleArn: self.roleArn,
			externalId: self.externalId
		};
	}
};
//#endregion
//#region src/models/sqsConfigOut.ts
const SqsConfigOutSerializer = {
	_fromJsonObject(object) {
		return {
			queueUrl: object["queueUrl"],
			region: object["region"],
			accessKeyId: object["accessKeyId"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			endpointUrl: object["endpointUrl"]
		};
	},
	_toJsonObject(self) {
		return {
			queueUrl: self.queueUrl,
			region: self.region,
			accessKeyId: self.accessKeyId,
			roleArn: self.roleArn,
			externalId: self.externalId,
			endpointUrl: self.endpointUrl
		};
	}
};
//#endregion
//#region src/models/destinationOut.ts
const DestinationOutSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "pollingEndpoint": return {};
				case "azureBlobStorage": return AzureBlobStorageConfigOutSerializer._fromJsonObject(object["config"]);
				case "otelTracing": return OtelTracingConfigOutSerializer._fromJsonObject(object["config"]);
				case "fifoEndpoint": return SinkHttpConfigOutSerializer._fromJsonObject(object["config"]);
				case "amazonS3": return S3ConfigOutSerializer._fromJsonObject(object["config"]);
				case "snowflake": return SnowflakeConfigOutSerializer._fromJsonObject(object["config"]);
				case "googleCloudStorage": return GoogleCloudStorageConfigOutSerializer._fromJsonObject(object["config"]);
				case "googleCloudPubSub": return GoogleCloudPubSubConfigOutSerializer._fromJsonObject(object["config"]);
				case "redshift": return RedshiftConfigOutSerializer._fromJsonObject(object["config"]);
				case "bigQuery": return BigQueryConfigOutSerializer._fromJsonObject(object["config"]);
				case "clickhouse": return ClickhouseConfigOutSerializer._fromJsonObject(object["config"]);
				case "rabbitMq": return RabbitMqConfigOutSerializer._fromJsonObject(object["config"]);
				case "sqs": return SqsConfigOutSerializer._fromJsonObject(object["config"]);
				case "eventBridge": return EventBridgeConfigOutSerializer._fromJsonObject(object["config"]);
				case "sns": return SnsConfigOutSerializer._fromJsonObject(object["config"]);
				case "postgres": return PostgresConfigOutSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			id: object["id"],
			uid: object["uid"],
			status: DestinationStatusSerializer._fromJsonObject(object["status"]),
			currentIterator: object["currentIterator"],
			failureReason: object["failureReason"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			batchSize: object["batchSize"],
			maxWaitSecs: object["maxWaitSecs"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			nextRetryAt: object["nextRetryAt"] ? new Date(object["nextRetryAt"]) : null,
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "pollingEndpoint":
				config = {};
				break;
			case "azureBlobStorage":
				config = AzureBlobStorageConfigOutSerializer._toJsonObject(self.config);
				break;
			case "otelTracing":
				config = OtelTracingConfigOutSerializer._toJsonObject(self.config);
				break;
			case "fifoEndpoint":
				config = SinkHttpConfigOutSerializer._toJsonObject(self.config);
				break;
			case "amazonS3":
				config = S3ConfigOutSerializer._toJsonObject(self.config);
				break;
			case "snowflake":
				config = SnowflakeConfigOutSerializer._toJsonObject(self.config);
				break;
			case "googleCloudStorage":
				config = GoogleCloudStorageConfigOutSerializer._toJsonObject(self.config);
				break;
			case "googleCloudPubSub":
				config = GoogleCloudPubSubConfigOutSerializer._toJsonObject(self.config);
				break;
			case "redshift":
				config = RedshiftConfigOutSerializer._toJsonObject(self.config);
				break;
			case "bigQuery":
				config = BigQueryConfigOutSerializer._toJsonObject(self.config);
				break;
			case "clickhouse":
				config = ClickhouseConfigOutSerializer._toJsonObject(self.config);
				break;
			case "rabbitMq":
				config = RabbitMqConfigOutSerializer._toJsonObject(self.config);
				break;
			case "sqs":
				config = SqsConfigOutSerializer._toJsonObject(self.config);
				break;
			case "eventBridge":
				config = EventBridgeConfigOutSerializer._toJsonObject(self.config);
				break;
			case "sns":
				config = SnsConfigOutSerializer._toJsonObject(self.config);
				break;
			case "postgres":
				config = PostgresConfigOutSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			id: self.id,
			uid: self.uid,
			status: DestinationStatusSerializer._toJsonObject(self.status),
			currentIterator: self.currentIterator,
			failureReason: self.failureReason,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			batchSize: self.batchSize,
			maxWaitSecs: self.maxWaitSecs,
			eventTypes: self.eventTypes,
			channels: self.channels,
			nextRetryAt: self.nextRetryAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/azureBlobStorageConfigPatch.ts
const AzureBlobStorageConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			container: object["container"],
			account: object["account"],
			accessKey: object["accessKey"]
		};
	},
	_toJsonObject(self) {
		return {
			container: self.container,
			account: self.account,
			accessKey: self.accessKey
		};
	}
};
//#endregion
//#region src/models/bigQueryConfigPatch.ts
const BigQueryConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			projectId: object["projectId"],
			datasetId: object["datasetId"],
			tableId: object["tableId"],
			credentials: object["credentials"]
		};
	},
	_toJsonObject(self) {
		return {
			projectId: self.projectId,
			datasetId: self.datasetId,
			tableId: self.tableId,
			credentials: self.credentials
		};
	}
};
//#endregion
//#region src/models/clickhouseConfigPatch.ts
const ClickhouseConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			username: object["username"],
			password: object["password"],
			database: object["database"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			username: self.username,
			password: self.password,
			database: self.database,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/eventBridgeConfigPatch.ts
const EventBridgeConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			eventBusName: object["eventBusName"],
			detailType: object["detailType"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"]
		};
	},
	_toJsonObject(self) {
		return {
			eventBusName: self.eventBusName,
			detailType: self.detailType,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region
		};
	}
};
//#endregion
//#region src/models/googleCloudPubSubConfigPatch.ts
const GoogleCloudPubSubConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			projectId: object["projectId"],
			topicId: object["topicId"],
			credentials: object["credentials"]
		};
	},
	_toJsonObject(self) {
		return {
			projectId: self.projectId,
			topicId: self.topicId,
			credentials: self.credentials
		};
	}
};
//#endregion
//#region src/models/googleCloudStorageConfigPatch.ts
const GoogleCloudStorageConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			bucket: object["bucket"],
			credentials: object["credentials"]
		};
	},
	_toJsonObject(self) {
		return {
			bucket: self.bucket,
			credentials: self.credentials
		};
	}
};
//#endregion
//#region src/models/otelTracingConfigPatch.ts
const OtelTracingConfigPatchSerializer = {
	_fromJsonObject(object) {
		return { url: object["url"] };
	},
	_toJsonObject(self) {
		return { url: self.url };
	}
};
//#endregion
//#region src/models/postgresConfigPatch.ts
const PostgresConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			password: object["password"],
			tableName: object["tableName"],
			sslRootCert: object["sslRootCert"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			password: self.password,
			tableName: self.tableName,
			sslRootCert: self.sslRootCert
		};
	}
};
//#endregion
//#region src/models/rabbitMqConfigPatch.ts
const RabbitMqConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			routingKey: object["routingKey"],
			uri: object["uri"]
		};
	},
	_toJsonObject(self) {
		return {
			routingKey: self.routingKey,
			uri: self.uri
		};
	}
};
//#endregion
//#region src/models/redshiftConfigPatch.ts
const RedshiftConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"],
			dbName: object["dbName"],
			schemaName: object["schemaName"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region,
			dbName: self.dbName,
			schemaName: self.schemaName,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/s3ConfigPatch.ts
const S3ConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			bucket: object["bucket"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			region: object["region"],
			endpointUrl: object["endpointUrl"]
		};
	},
	_toJsonObject(self) {
		return {
			bucket: self.bucket,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			region: self.region,
			endpointUrl: self.endpointUrl
		};
	}
};
//#endregion
//#region src/models/sinkHttpConfigPatch.ts
const SinkHttpConfigPatchSerializer = {
	_fromJsonObject(object) {
		return { url: object["url"] };
	},
	_toJsonObject(self) {
		return { url: self.url };
	}
};
//#endregion
//#region src/models/snowflakeConfigPatch.ts
const SnowflakeConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			privateKey: object["privateKey"],
			accountIdentifier: object["accountIdentifier"],
			userId: object["userId"],
			dbName: object["dbName"],
			schemaName: object["schemaName"],
			tableName: object["tableName"]
		};
	},
	_toJsonObject(self) {
		return {
			privateKey: self.privateKey,
			accountIdentifier: self.accountIdentifier,
			userId: self.userId,
			dbName: self.dbName,
			schemaName: self.schemaName,
			tableName: self.tableName
		};
	}
};
//#endregion
//#region src/models/snsConfigPatch.ts
const SnsConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			topicArn: object["topicArn"],
			region: object["region"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			endpointUrl: object["endpointUrl"]
		};
	},
	_toJsonObject(self) {
		return {
			topicArn: self.topicArn,
			region: self.region,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			endpointUrl: self.endpointUrl
		};
	}
};
//#endregion
//#region src/models/sqsConfigPatch.ts
const SqsConfigPatchSerializer = {
	_fromJsonObject(object) {
		return {
			queueUrl: object["queueUrl"],
			region: object["region"],
			accessKeyId: object["accessKeyId"],
			secretAccessKey: object["secretAccessKey"],
			roleArn: object["roleArn"],
			externalId: object["externalId"],
			endpointUrl: object["endpointUrl"]
		};
	},
	_toJsonObject(self) {
		return {
			queueUrl: self.queueUrl,
			region: self.region,
			accessKeyId: self.accessKeyId,
			secretAccessKey: self.secretAccessKey,
			roleArn: self.roleArn,
			externalId: self.externalId,
			endpointUrl: self.endpointUrl
		};
	}
};
//#endregion
//#region src/models/destinationPatch.ts
const DestinationPatchSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "pollingEndpoint": return {};
				case "azureBlobStorage": return AzureBlobStorageConfigPatchSerializer._fromJsonObject(object["config"]);
				case "otelTracing": return OtelTracingConfigPatchSerializer._fromJsonObject(object["config"]);
				case "fifoEndpoint": return SinkHttpConfigPatchSerializer._fromJsonObject(object["config"]);
				case "amazonS3": return S3ConfigPatchSerializer._fromJsonObject(object["config"]);
				case "googleCloudStorage": return GoogleCloudStorageConfigPatchSerializer._fromJsonObject(object["config"]);
				case "googleCloudPubSub": return GoogleCloudPubSubConfigPatchSerializer._fromJsonObject(object["config"]);
				case "sqs": return SqsConfigPatchSerializer._fromJsonObject(object["config"]);
				case "sns": return SnsConfigPatchSerializer._fromJsonObject(object["config"]);
				case "bigQuery": return BigQueryConfigPatchSerializer._fromJsonObject(object["config"]);
				case "clickhouse": return ClickhouseConfigPatchSerializer._fromJsonObject(object["config"]);
				case "eventBridge": return EventBridgeConfigPatchSerializer._fromJsonObject(object["config"]);
				case "snowflake": return SnowflakeConfigPatchSerializer._fromJsonObject(object["config"]);
				case "rabbitMq": return RabbitMqConfigPatchSerializer._fromJsonObject(object["config"]);
				case "redshift": return RedshiftConfigPatchSerializer._fromJsonObject(object["config"]);
				case "postgres": return PostgresConfigPatchSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			uid: object["uid"],
			status: object["status"] != null ? DestinationStatusInSerializer._fromJsonObject(object["status"]) : void 0,
			batchSize: object["batchSize"],
			maxWaitSecs: object["maxWaitSecs"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "pollingEndpoint":
				config = {};
				break;
			case "azureBlobStorage":
				config = AzureBlobStorageConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "otelTracing":
				config = OtelTracingConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "fifoEndpoint":
				config = SinkHttpConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "amazonS3":
				config = S3ConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "googleCloudStorage":
				config = GoogleCloudStorageConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "googleCloudPubSub":
				config = GoogleCloudPubSubConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "sqs":
				config = SqsConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "sns":
				config = SnsConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "bigQuery":
				config = BigQueryConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "clickhouse":
				config = ClickhouseConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "eventBridge":
				config = EventBridgeConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "snowflake":
				config = SnowflakeConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "rabbitMq":
				config = RabbitMqConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "redshift":
				config = RedshiftConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "postgres":
				config = PostgresConfigPatchSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			uid: self.uid,
			status: self.status != null ? DestinationStatusInSerializer._toJsonObject(self.status) : void 0,
			batchSize: self.batchSize,
			maxWaitSecs: self.maxWaitSecs,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseDestinationOut.ts
const ListResponseDestinationOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => DestinationOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => DestinationOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/destinationTransformIn.ts
const DestinationTransformInSerializer = {
	_fromJsonObject(object) {
		return { code: object["code"] };
	},
	_toJsonObject(self) {
		return { code: self.code };
	}
};
//#endregion
//#region src/models/destinationTransformationOut.ts
const DestinationTransformationOutSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"]
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled
		};
	}
};
//#endregion
//#region src/models/emptyResponse.ts
const EmptyResponseSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/api/destinationTransformation.ts
var DestinationTransformation = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Get the transformation code associated with this destination. */
	async get(appId, destinationId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/destination/{destination_id}/transformation");
		request.setPathParam("app_id", appId);
		request.setPathParam("destination_id", destinationId);
		return await request.send(this.requestCtx, DestinationTransformationOutSerializer._fromJsonObject);
	}
	/** Set or unset the transformation code associated with this destination. */
	async patch(appId, destinationId, destinationTransformIn = {}) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/destination/{destination_id}/transformation");
		request.setPathParam("app_id", appId);
		request.setPathParam("destination_id", destinationId);
		request.setBody(DestinationTransformInSerializer._toJsonObject(destinationTransformIn));
		return await request.send(this.requestCtx, EmptyResponseSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api/destination.ts
var Destination = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get transformation() {
		return new DestinationTransformation(this.requestCtx);
	}
	/** List of all the application's destinations. */
	async list(appId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/destination");
		request.setPathParam("app_id", appId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseDestinationOutSerializer._fromJsonObject);
	}
	/** Creates a new destination. */
	async create(appId, destinationIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/destination");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(DestinationInSerializer._toJsonObject(destinationIn));
		return await request.send(this.requestCtx, DestinationOutSerializer._fromJsonObject);
	}
	/** Get a destination by id or uid. */
	async get(appId, destinationId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/destination/{destination_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("destination_id", destinationId);
		return await request.send(this.requestCtx, DestinationOutSerializer._fromJsonObject);
	}
	/** Create or update a destination. */
	async upsert(appId, destinationId, destinationIn) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/destination/{destination_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("destination_id", destinationId);
		request.setBody(DestinationInSerializer._toJsonObject(destinationIn));
		return await request.send(this.requestCtx, DestinationOutSerializer._fromJsonObject);
	}
	/** Delete a destination. */
	async delete(appId, destinationId) {
		const request = new SvixRequest("DELETE", "/api/v1/app/{app_id}/destination/{destination_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("destination_id", destinationId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update a destination. */
	async patch(appId, destinationId, destinationPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/destination/{destination_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("destination_id", destinationId);
		request.setBody(DestinationPatchSerializer._toJsonObject(destinationPatch));
		return await request.send(this.requestCtx, DestinationOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/messageStatus.ts
/**
* The sending status of the message:
*
* - Success = 0
* - Pending = 1
* - Fail = 2
* - Sending = 3
* - Canceled = 4
*/
let MessageStatus = /* @__PURE__ */ function(MessageStatus) {
	MessageStatus[MessageStatus["Success"] = 0] = "Success";
	MessageStatus[MessageStatus["Pending"] = 1] = "Pending";
	MessageStatus[MessageStatus["Fail"] = 2] = "Fail";
	MessageStatus[MessageStatus["Sending"] = 3] = "Sending";
	MessageStatus[MessageStatus["Canceled"] = 4] = "Canceled";
	return MessageStatus;
}({});
const MessageStatusSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/statusCodeClass.ts
/**
* The different classes of HTTP status codes:
*
* - CodeNone = 0
* - Code1xx = 100
* - Code2xx = 200
* - Code3xx = 300
* - Code4xx = 400
* - Code5xx = 500
*/
let StatusCodeClass = /* @__PURE__ */ function(StatusCodeClass) {
	StatusCodeClass[StatusCodeClass["CodeNone"] = 0] = "CodeNone";
	StatusCodeClass[StatusCodeClass["Code1xx"] = 100] = "Code1xx";
	StatusCodeClass[StatusCodeClass["Code2xx"] = 200] = "Code2xx";
	StatusCodeClass[StatusCodeClass["Code3xx"] = 300] = "Code3xx";
	StatusCodeClass[StatusCodeClass["Code4xx"] = 400] = "Code4xx";
	StatusCodeClass[StatusCodeClass["Code5xx"] = 500] = "Code5xx";
	return StatusCodeClass;
}({});
const StatusCodeClassSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/bulkReplayIn.ts
const BulkReplayInSerializer = {
	_fromJsonObject(object) {
		return {
			since: new Date(object["since"]),
			until: object["until"] ? new Date(object["until"]) : null,
			eventTypes: object["eventTypes"],
			channel: object["channel"],
			tag: object["tag"],
			status: object["status"] != null ? MessageStatusSerializer._fromJsonObject(object["status"]) : void 0,
			statusCodeClass: object["statusCodeClass"] != null ? StatusCodeClassSerializer._fromJsonObject(object["statusCodeClass"]) : void 0
		};
	},
	_toJsonObject(self) {
		return {
			since: self.since,
			until: self.until,
			eventTypes: self.eventTypes,
			channel: self.channel,
			tag: self.tag,
			status: self.status != null ? MessageStatusSerializer._toJsonObject(self.status) : void 0,
			statusCodeClass: self.statusCodeClass != null ? StatusCodeClassSerializer._toJsonObject(self.statusCodeClass) : void 0
		};
	}
};
//#endregion
//#region src/models/endpointHeadersIn.ts
const EndpointHeadersInSerializer = {
	_fromJsonObject(object) {
		return { headers: object["headers"] };
	},
	_toJsonObject(self) {
		return { headers: self.headers };
	}
};
//#endregion
//#region src/models/endpointHeadersPatchIn.ts
const EndpointHeadersPatchInSerializer = {
	_fromJsonObject(object) {
		return {
			headers: object["headers"],
			deleteHeaders: object["deleteHeaders"]
		};
	},
	_toJsonObject(self) {
		return {
			headers: self.headers,
			deleteHeaders: self.deleteHeaders
		};
	}
};
//#endregion
//#region src/models/endpointIn.ts
const EndpointInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			secret: object["secret"],
			metadata: object["metadata"],
			headers: object["headers"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			channels: self.channels,
			secret: self.secret,
			metadata: self.metadata,
			headers: self.headers
		};
	}
};
//#endregion
//#region src/models/endpointOut.ts
const EndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			metadata: object["metadata"],
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			metadata: self.metadata,
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			channels: self.channels,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/endpointPatch.ts
const EndpointPatchSerializer = {
	_fromJsonObject(object) {
		return {
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			url: object["url"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			url: self.url,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/endpointSecretOut.ts
const EndpointSecretOutSerializer = {
	_fromJsonObject(object) {
		return { key: object["key"] };
	},
	_toJsonObject(self) {
		return { key: self.key };
	}
};
//#endregion
//#region src/models/endpointStats.ts
const EndpointStatsSerializer = {
	_fromJsonObject(object) {
		return {
			success: object["success"],
			pending: object["pending"],
			sending: object["sending"],
			fail: object["fail"],
			canceled: object["canceled"]
		};
	},
	_toJsonObject(self) {
		return {
			success: self.success,
			pending: self.pending,
			sending: self.sending,
			fail: self.fail,
			canceled: self.canceled
		};
	}
};
//#endregion
//#region src/models/endpointTransformationIn.ts
const EndpointTransformationInSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"]
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled
		};
	}
};
//#endregion
//#region src/models/endpointUpsertIn.ts
const EndpointUpsertInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/eventExampleIn.ts
const EventExampleInSerializer = {
	_fromJsonObject(object) {
		return {
			eventType: object["eventType"],
			exampleIndex: object["exampleIndex"]
		};
	},
	_toJsonObject(self) {
		return {
			eventType: self.eventType,
			exampleIndex: self.exampleIndex
		};
	}
};
//#endregion
//#region src/models/listResponseEndpointOut.ts
const ListResponseEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => EndpointOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => EndpointOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/messageOut.ts
const MessageOutSerializer = {
	_fromJsonObject(object) {
		return {
			eventId: object["eventId"],
			eventType: object["eventType"],
			payload: object["payload"],
			channels: object["channels"],
			id: object["id"],
			timestamp: new Date(object["timestamp"]),
			tags: object["tags"],
			deliverAt: object["deliverAt"] ? new Date(object["deliverAt"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			eventId: self.eventId,
			eventType: self.eventType,
			payload: self.payload,
			channels: self.channels,
			id: self.id,
			timestamp: self.timestamp,
			tags: self.tags,
			deliverAt: self.deliverAt
		};
	}
};
//#endregion
//#region src/models/recoverIn.ts
const RecoverInSerializer = {
	_fromJsonObject(object) {
		return {
			since: new Date(object["since"]),
			until: object["until"] ? new Date(object["until"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			since: self.since,
			until: self.until
		};
	}
};
//#endregion
//#region src/models/recoverOut.ts
const RecoverOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			status: BackgroundTaskStatusSerializer._fromJsonObject(object["status"]),
			task: BackgroundTaskTypeSerializer._fromJsonObject(object["task"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			status: BackgroundTaskStatusSerializer._toJsonObject(self.status),
			task: BackgroundTaskTypeSerializer._toJsonObject(self.task),
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/replayIn.ts
const ReplayInSerializer = {
	_fromJsonObject(object) {
		return {
			since: new Date(object["since"]),
			until: object["until"] ? new Date(object["until"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			since: self.since,
			until: self.until
		};
	}
};
//#endregion
//#region src/models/replayOut.ts
const ReplayOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			status: BackgroundTaskStatusSerializer._fromJsonObject(object["status"]),
			task: BackgroundTaskTypeSerializer._fromJsonObject(object["task"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			status: BackgroundTaskStatusSerializer._toJsonObject(self.status),
			task: BackgroundTaskTypeSerializer._toJsonObject(self.task),
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/endpointTransformationOut.ts
const EndpointTransformationOutSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"],
			variables: object["variables"],
			updatedAt: object["updatedAt"] ? new Date(object["updatedAt"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled,
			variables: self.variables,
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/endpointTransformationPatch.ts
const EndpointTransformationPatchSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"],
			variables: object["variables"]
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled,
			variables: self.variables
		};
	}
};
//#endregion
//#region src/api/endpointTransformation.ts
var EndpointTransformation = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Get the transformation code associated with this endpoint. */
	async get(appId, endpointId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/transformation");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, EndpointTransformationOutSerializer._fromJsonObject);
	}
	/** Set or unset the transformation code associated with this endpoint. */
	async patch(appId, endpointId, endpointTransformationPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/transformation");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointTransformationPatchSerializer._toJsonObject(endpointTransformationPatch));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/api/endpoint.ts
var Endpoint$1 = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get transformation() {
		return new EndpointTransformation(this.requestCtx);
	}
	/** List the application's endpoints. */
	async list(appId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint");
		request.setPathParam("app_id", appId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseEndpointOutSerializer._fromJsonObject);
	}
	/**
	* Create a new endpoint for the application.
	*
	* When `secret` is `null` the secret is automatically generated (recommended).
	*/
	async create(appId, endpointIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/endpoint");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EndpointInSerializer._toJsonObject(endpointIn));
		return await request.send(this.requestCtx, EndpointOutSerializer._fromJsonObject);
	}
	/** Get an endpoint. */
	async get(appId, endpointId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint/{endpoint_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, EndpointOutSerializer._fromJsonObject);
	}
	/** Create or update an endpoint. */
	async upsert(appId, endpointId, endpointUpsertIn) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/endpoint/{endpoint_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointUpsertInSerializer._toJsonObject(endpointUpsertIn));
		return await request.send(this.requestCtx, EndpointOutSerializer._fromJsonObject);
	}
	/** Delete an endpoint. */
	async delete(appId, endpointId) {
		const request = new SvixRequest("DELETE", "/api/v1/app/{app_id}/endpoint/{endpoint_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update an endpoint. */
	async patch(appId, endpointId, endpointPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/endpoint/{endpoint_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointPatchSerializer._toJsonObject(endpointPatch));
		return await request.send(this.requestCtx, EndpointOutSerializer._fromJsonObject);
	}
	/**
	* Get the endpoint's signing secret.
	*
	* This is used to verify the authenticity of the webhook.
	* For more information please refer to [the consuming webhooks docs](https://docs.svix.com/consuming-webhooks/).
	*/
	async getSecret(appId, endpointId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, EndpointSecretOutSerializer._fromJsonObject);
	}
	/**
	* Rotates the endpoint's signing secret.
	*
	* The previous secret will remain valid for the specified grace period (default 24 hours).
	*/
	async rotateSecret(appId, endpointId, endpointSecretRotateIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret/rotate");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EndpointSecretRotateInSerializer._toJsonObject(endpointSecretRotateIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Get the additional headers to be sent with the webhook. */
	async getHeaders(appId, endpointId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, EndpointHeadersOutSerializer._fromJsonObject);
	}
	/** Set the additional headers to be sent with the webhook. */
	async setHeaders(appId, endpointId, endpointHeadersIn) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointHeadersInSerializer._toJsonObject(endpointHeadersIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially set the additional headers to be sent with the webhook. */
	async patchHeaders(appId, endpointId, endpointHeadersPatchIn) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointHeadersPatchInSerializer._toJsonObject(endpointHeadersPatchIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/**
	* Replays messages to the endpoint.
	*
	* Only messages that were created after `since` will be sent.
	* Messages that were previously sent to the endpoint are not resent.
	*
	* A completed task will return a payload like the following:
	* ```json
	* {
	*   "id": "qtask_33qen93MNuelBAq1T9G7eHLJRsF",
	*   "status": "finished",
	*   "task": "endpoint.replay",
	*   "data": {
	*     "messagesSent": 2
	*   }
	* }
	* ```
	*/
	async replayMissing(appId, endpointId, replayIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/replay-missing");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(ReplayInSerializer._toJsonObject(replayIn));
		return await request.send(this.requestCtx, ReplayOutSerializer._fromJsonObject);
	}
	/**
	* Bulk replay messages sent to the endpoint.
	*
	* Only messages that were created after `since` will be sent.
	* This will replay both successful, and failed messages
	*
	* A completed task will return a payload like the following:
	* ```json
	* {
	*   "id": "qtask_33qen93MNuelBAq1T9G7eHLJRsF",
	*   "status": "finished",
	*   "task": "endpoint.bulk-replay",
	*   "data": {
	*     "messagesSent": 2
	*   }
	* }
	* ```
	*/
	async bulkReplay(appId, endpointId, bulkReplayIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/bulk-replay");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(BulkReplayInSerializer._toJsonObject(bulkReplayIn));
		return await request.send(this.requestCtx, ReplayOutSerializer._fromJsonObject);
	}
	/** Get basic statistics for the endpoint. */
	async getStats(appId, endpointId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/stats");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setQueryParams({
			since: options?.since,
			until: options?.until
		});
		return await request.send(this.requestCtx, EndpointStatsSerializer._fromJsonObject);
	}
	/**
	* Resend all failed messages since a given time.
	*
	* Messages that were sent successfully, even if failed initially, are not resent.
	*
	* A completed task will return a payload like the following:
	* ```json
	* {
	*   "id": "qtask_33qen93MNuelBAq1T9G7eHLJRsF",
	*   "status": "finished",
	*   "task": "endpoint.recover",
	*   "data": {
	*     "messagesSent": 2
	*   }
	* }
	* ```
	*/
	async recover(appId, endpointId, recoverIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/recover");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(RecoverInSerializer._toJsonObject(recoverIn));
		return await request.send(this.requestCtx, RecoverOutSerializer._fromJsonObject);
	}
	/** Send an example message for an event. */
	async sendExample(appId, endpointId, eventExampleIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/send-example");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EventExampleInSerializer._toJsonObject(eventExampleIn));
		return await request.send(this.requestCtx, MessageOutSerializer._fromJsonObject);
	}
	/**
	* This operation was renamed to `set-transformation`.
	*
	* @deprecated
	*/
	async transformationPartialUpdate(appId, endpointId, endpointTransformationIn = {}) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/transformation");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointTransformationInSerializer._toJsonObject(endpointTransformationIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/models/eventTypeIn.ts
const EventTypeInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			description: object["description"],
			archived: object["archived"],
			deprecated: object["deprecated"],
			schemas: object["schemas"],
			groupName: object["groupName"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			description: self.description,
			archived: self.archived,
			deprecated: self.deprecated,
			schemas: self.schemas,
			groupName: self.groupName,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/environmentIn.ts
const EnvironmentInSerializer = {
	_fromJsonObject(object) {
		return {
			eventTypes: object["eventTypes"]?.map((item) => EventTypeInSerializer._fromJsonObject(item)),
			settings: object["settings"],
			connectors: object["connectors"]?.map((item) => ConnectorInSerializer._fromJsonObject(item))
		};
	},
	_toJsonObject(self) {
		return {
			eventTypes: self.eventTypes?.map((item) => EventTypeInSerializer._toJsonObject(item)),
			settings: self.settings,
			connectors: self.connectors?.map((item) => ConnectorInSerializer._toJsonObject(item))
		};
	}
};
//#endregion
//#region src/models/eventTypeOut.ts
const EventTypeOutSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			description: object["description"],
			archived: object["archived"],
			deprecated: object["deprecated"],
			schemas: object["schemas"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			groupName: object["groupName"],
			featureFlags: object["featureFlags"],
			featureFlag: object["featureFlag"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			description: self.description,
			archived: self.archived,
			deprecated: self.deprecated,
			schemas: self.schemas,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			groupName: self.groupName,
			featureFlags: self.featureFlags,
			featureFlag: self.featureFlag
		};
	}
};
//#endregion
//#region src/models/environmentOut.ts
const EnvironmentOutSerializer = {
	_fromJsonObject(object) {
		return {
			version: object["version"],
			createdAt: new Date(object["createdAt"]),
			eventTypes: object["eventTypes"].map((item) => EventTypeOutSerializer._fromJsonObject(item)),
			settings: object["settings"],
			connectors: object["connectors"].map((item) => ConnectorOutSerializer._fromJsonObject(item))
		};
	},
	_toJsonObject(self) {
		return {
			version: self.version,
			createdAt: self.createdAt,
			eventTypes: self.eventTypes.map((item) => EventTypeOutSerializer._toJsonObject(item)),
			settings: self.settings,
			connectors: self.connectors.map((item) => ConnectorOutSerializer._toJsonObject(item))
		};
	}
};
//#endregion
//#region src/api/environment.ts
var Environment = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/**
	* Download a JSON file containing all org-settings and event types.
	*
	* Note that the schema for [`EnvironmentOut`] is subject to change. The fields
	* herein are provided for convenience but should be treated as JSON blobs.
	*/
	async export(options) {
		const request = new SvixRequest("POST", "/api/v1/environment/export");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.send(this.requestCtx, EnvironmentOutSerializer._fromJsonObject);
	}
	/**
	* Import a configuration into the active organization.
	*
	* It doesn't delete anything, only adds / updates what was passed to it.
	*
	* Note that the schema for [`EnvironmentIn`] is subject to change. The fields
	* herein are provided for convenience but should be treated as JSON blobs.
	*/
	async import(environmentIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/environment/import");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EnvironmentInSerializer._toJsonObject(environmentIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/models/eventTypeImportOpenApiIn.ts
const EventTypeImportOpenApiInSerializer = {
	_fromJsonObject(object) {
		return {
			dryRun: object["dryRun"],
			replaceAll: object["replaceAll"],
			spec: object["spec"],
			specRaw: object["specRaw"]
		};
	},
	_toJsonObject(self) {
		return {
			dryRun: self.dryRun,
			replaceAll: self.replaceAll,
			spec: self.spec,
			specRaw: self.specRaw
		};
	}
};
//#endregion
//#region src/models/eventTypeFromOpenApi.ts
const EventTypeFromOpenApiSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			description: object["description"],
			schemas: object["schemas"],
			deprecated: object["deprecated"],
			groupName: object["groupName"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			description: self.description,
			schemas: self.schemas,
			deprecated: self.deprecated,
			groupName: self.groupName,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/eventTypeImportOpenApiOutData.ts
const EventTypeImportOpenApiOutDataSerializer = {
	_fromJsonObject(object) {
		return {
			modified: object["modified"],
			toModify: object["to_modify"]?.map((item) => EventTypeFromOpenApiSerializer._fromJsonObject(item))
		};
	},
	_toJsonObject(self) {
		return {
			modified: self.modified,
			to_modify: self.toModify?.map((item) => EventTypeFromOpenApiSerializer._toJsonObject(item))
		};
	}
};
//#endregion
//#region src/models/eventTypeImportOpenApiOut.ts
const EventTypeImportOpenApiOutSerializer = {
	_fromJsonObject(object) {
		return { data: EventTypeImportOpenApiOutDataSerializer._fromJsonObject(object["data"]) };
	},
	_toJsonObject(self) {
		return { data: EventTypeImportOpenApiOutDataSerializer._toJsonObject(self.data) };
	}
};
//#endregion
//#region src/models/eventTypePatch.ts
const EventTypePatchSerializer = {
	_fromJsonObject(object) {
		return {
			description: object["description"],
			archived: object["archived"],
			deprecated: object["deprecated"],
			schemas: object["schemas"],
			featureFlags: object["featureFlags"],
			groupName: object["groupName"]
		};
	},
	_toJsonObject(self) {
		return {
			description: self.description,
			archived: self.archived,
			deprecated: self.deprecated,
			schemas: self.schemas,
			featureFlags: self.featureFlags,
			groupName: self.groupName
		};
	}
};
//#endregion
//#region src/models/eventTypeUpsertIn.ts
const EventTypeUpsertInSerializer = {
	_fromJsonObject(object) {
		return {
			description: object["description"],
			archived: object["archived"],
			deprecated: object["deprecated"],
			schemas: object["schemas"],
			featureFlags: object["featureFlags"],
			groupName: object["groupName"]
		};
	},
	_toJsonObject(self) {
		return {
			description: self.description,
			archived: self.archived,
			deprecated: self.deprecated,
			schemas: self.schemas,
			featureFlags: self.featureFlags,
			groupName: self.groupName
		};
	}
};
//#endregion
//#region src/models/listResponseEventTypeOut.ts
const ListResponseEventTypeOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => EventTypeOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => EventTypeOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/eventType.ts
var EventType = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Return the list of event types. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/event-type");
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order,
			include_archived: options?.includeArchived,
			with_content: options?.withContent ?? false
		});
		return await request.send(this.requestCtx, ListResponseEventTypeOutSerializer._fromJsonObject);
	}
	/**
	* Create new or unarchive existing event type.
	*
	* Unarchiving an event type will allow endpoints to filter on it and messages to be sent with it.
	* Endpoints filtering on the event type before archival will continue to filter on it.
	* This operation does not preserve the description and schemas.
	*/
	async create(eventTypeIn, options) {
		const request = new SvixRequest("POST", "/api/v1/event-type");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EventTypeInSerializer._toJsonObject(eventTypeIn));
		return await request.send(this.requestCtx, EventTypeOutSerializer._fromJsonObject);
	}
	/**
	* Given an OpenAPI spec, create new or update existing event types.
	*
	* If an existing `archived` event type is updated, it will be unarchived.
	* The importer will convert all webhooks found in the either the `webhooks` or `x-webhooks`
	* top-level.
	*/
	async importOpenapi(eventTypeImportOpenApiIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/event-type/import/openapi");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EventTypeImportOpenApiInSerializer._toJsonObject(eventTypeImportOpenApiIn));
		return await request.send(this.requestCtx, EventTypeImportOpenApiOutSerializer._fromJsonObject);
	}
	/** Get an event type. */
	async get(eventTypeName) {
		const request = new SvixRequest("GET", "/api/v1/event-type/{event_type_name}");
		request.setPathParam("event_type_name", eventTypeName);
		return await request.send(this.requestCtx, EventTypeOutSerializer._fromJsonObject);
	}
	/** Create or update an event type. */
	async upsert(eventTypeName, eventTypeUpsertIn) {
		const request = new SvixRequest("PUT", "/api/v1/event-type/{event_type_name}");
		request.setPathParam("event_type_name", eventTypeName);
		request.setBody(EventTypeUpsertInSerializer._toJsonObject(eventTypeUpsertIn));
		return await request.send(this.requestCtx, EventTypeOutSerializer._fromJsonObject);
	}
	/**
	* Archive an event type.
	*
	* Endpoints already configured to filter on an event type will continue to do so after archival.
	* However, new messages can not be sent with it and endpoints can not filter on it.
	* An event type can be unarchived with the
	* [create operation](#operation/create_event_type_api_v1_event_type__post).
	*/
	async delete(eventTypeName, options) {
		const request = new SvixRequest("DELETE", "/api/v1/event-type/{event_type_name}");
		request.setPathParam("event_type_name", eventTypeName);
		request.setQueryParams({ expunge: options?.expunge });
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update an event type. */
	async patch(eventTypeName, eventTypePatch) {
		const request = new SvixRequest("PATCH", "/api/v1/event-type/{event_type_name}");
		request.setPathParam("event_type_name", eventTypeName);
		request.setBody(EventTypePatchSerializer._toJsonObject(eventTypePatch));
		return await request.send(this.requestCtx, EventTypeOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api/health.ts
var Health = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Verify the API server is up and running. */
	async get() {
		return await new SvixRequest("GET", "/api/v1/health").sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/models/ingestSourceConsumerPortalAccessIn.ts
const IngestSourceConsumerPortalAccessInSerializer = {
	_fromJsonObject(object) {
		return {
			expiry: object["expiry"],
			readOnly: object["readOnly"]
		};
	},
	_toJsonObject(self) {
		return {
			expiry: self.expiry,
			readOnly: self.readOnly
		};
	}
};
//#endregion
//#region src/api/ingestAuthentication.ts
var IngestAuthentication = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Get access to the Ingest Source Consumer Portal. */
	async consumerPortalAccess(sourceId, ingestSourceConsumerPortalAccessIn = {}, options) {
		const request = new SvixRequest("POST", "/ingest/api/v1/source/{source_id}/dashboard");
		request.setPathParam("source_id", sourceId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(IngestSourceConsumerPortalAccessInSerializer._toJsonObject(ingestSourceConsumerPortalAccessIn));
		return await request.send(this.requestCtx, AppPortalAccessOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/ingestEndpointHeadersIn.ts
const IngestEndpointHeadersInSerializer = {
	_fromJsonObject(object) {
		return { headers: object["headers"] };
	},
	_toJsonObject(self) {
		return { headers: self.headers };
	}
};
//#endregion
//#region src/models/ingestEndpointHeadersOut.ts
const IngestEndpointHeadersOutSerializer = {
	_fromJsonObject(object) {
		return {
			headers: object["headers"],
			sensitive: object["sensitive"]
		};
	},
	_toJsonObject(self) {
		return {
			headers: self.headers,
			sensitive: self.sensitive
		};
	}
};
//#endregion
//#region src/models/ingestEndpointIn.ts
const IngestEndpointInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			secret: object["secret"],
			metadata: object["metadata"],
			headers: object["headers"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			secret: self.secret,
			metadata: self.metadata,
			headers: self.headers
		};
	}
};
//#endregion
//#region src/models/ingestEndpointOut.ts
const IngestEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/ingestEndpointSecretIn.ts
const IngestEndpointSecretInSerializer = {
	_fromJsonObject(object) {
		return {
			key: object["key"],
			gracePeriodSeconds: object["gracePeriodSeconds"]
		};
	},
	_toJsonObject(self) {
		return {
			key: self.key,
			gracePeriodSeconds: self.gracePeriodSeconds
		};
	}
};
//#endregion
//#region src/models/ingestEndpointSecretOut.ts
const IngestEndpointSecretOutSerializer = {
	_fromJsonObject(object) {
		return { key: object["key"] };
	},
	_toJsonObject(self) {
		return { key: self.key };
	}
};
//#endregion
//#region src/models/ingestEndpointUpsertIn.ts
const IngestEndpointUpsertInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseIngestEndpointOut.ts
const ListResponseIngestEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => IngestEndpointOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => IngestEndpointOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/ingestEndpointTransformationOut.ts
const IngestEndpointTransformationOutSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"],
			variables: object["variables"]
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled,
			variables: self.variables
		};
	}
};
//#endregion
//#region src/models/ingestEndpointTransformationPatch.ts
const IngestEndpointTransformationPatchSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"],
			variables: object["variables"]
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled,
			variables: self.variables
		};
	}
};
//#endregion
//#region src/api/ingestEndpointTransformation.ts
var IngestEndpointTransformation = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Get the transformation code associated with this ingest endpoint. */
	async get(sourceId, endpointId) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}/transformation");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, IngestEndpointTransformationOutSerializer._fromJsonObject);
	}
	/** Set or unset the transformation code associated with this ingest endpoint. */
	async patch(sourceId, endpointId, ingestEndpointTransformationPatch) {
		const request = new SvixRequest("PATCH", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}/transformation");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(IngestEndpointTransformationPatchSerializer._toJsonObject(ingestEndpointTransformationPatch));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/api/ingestEndpoint.ts
var IngestEndpoint = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get transformation() {
		return new IngestEndpointTransformation(this.requestCtx);
	}
	/** List ingest endpoints. */
	async list(sourceId, options) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source/{source_id}/endpoint");
		request.setPathParam("source_id", sourceId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseIngestEndpointOutSerializer._fromJsonObject);
	}
	/** Create an ingest endpoint. */
	async create(sourceId, ingestEndpointIn, options) {
		const request = new SvixRequest("POST", "/ingest/api/v1/source/{source_id}/endpoint");
		request.setPathParam("source_id", sourceId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(IngestEndpointInSerializer._toJsonObject(ingestEndpointIn));
		return await request.send(this.requestCtx, IngestEndpointOutSerializer._fromJsonObject);
	}
	/** Get an ingest endpoint. */
	async get(sourceId, endpointId) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, IngestEndpointOutSerializer._fromJsonObject);
	}
	/** Create or update an ingest endpoint. */
	async upsert(sourceId, endpointId, ingestEndpointUpsertIn) {
		const request = new SvixRequest("PUT", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(IngestEndpointUpsertInSerializer._toJsonObject(ingestEndpointUpsertIn));
		return await request.send(this.requestCtx, IngestEndpointOutSerializer._fromJsonObject);
	}
	/** Delete an ingest endpoint. */
	async delete(sourceId, endpointId) {
		const request = new SvixRequest("DELETE", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/**
	* Get an ingest endpoint's signing secret.
	*
	* This is used to verify the authenticity of the webhook.
	* For more information please refer to [the consuming webhooks docs](https://docs.svix.com/consuming-webhooks/).
	*/
	async getSecret(sourceId, endpointId) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}/secret");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, IngestEndpointSecretOutSerializer._fromJsonObject);
	}
	/**
	* Rotates an ingest endpoint's signing secret.
	*
	* The previous secret will remain valid for the specified grace period (default 24 hours).
	*/
	async rotateSecret(sourceId, endpointId, ingestEndpointSecretIn = {}, options) {
		const request = new SvixRequest("POST", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}/secret/rotate");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(IngestEndpointSecretInSerializer._toJsonObject(ingestEndpointSecretIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Get the additional headers to be sent with the ingest. */
	async getHeaders(sourceId, endpointId) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}/headers");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, IngestEndpointHeadersOutSerializer._fromJsonObject);
	}
	/** Set the additional headers to be sent to the endpoint. */
	async setHeaders(sourceId, endpointId, ingestEndpointHeadersIn) {
		const request = new SvixRequest("PUT", "/ingest/api/v1/source/{source_id}/endpoint/{endpoint_id}/headers");
		request.setPathParam("source_id", sourceId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(IngestEndpointHeadersInSerializer._toJsonObject(ingestEndpointHeadersIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/models/adobeSignConfig.ts
const AdobeSignConfigSerializer = {
	_fromJsonObject(object) {
		return { clientId: object["clientId"] };
	},
	_toJsonObject(self) {
		return { clientId: self.clientId };
	}
};
//#endregion
//#region src/models/airwallexConfig.ts
const AirwallexConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/checkbookConfig.ts
const CheckbookConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/cronConfig.ts
const CronConfigSerializer = {
	_fromJsonObject(object) {
		return {
			schedule: object["schedule"],
			payload: object["payload"],
			contentType: object["contentType"]
		};
	},
	_toJsonObject(self) {
		return {
			schedule: self.schedule,
			payload: self.payload,
			contentType: self.contentType
		};
	}
};
//#endregion
//#region src/models/docusignConfig.ts
const DocusignConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/easypostConfig.ts
const EasypostConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/githubConfig.ts
const GithubConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/hubspotConfig.ts
const HubspotConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/mergeConfig.ts
const MergeConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/metaConfig.ts
const MetaConfigSerializer = {
	_fromJsonObject(object) {
		return {
			secret: object["secret"],
			verifyToken: object["verifyToken"]
		};
	},
	_toJsonObject(self) {
		return {
			secret: self.secret,
			verifyToken: self.verifyToken
		};
	}
};
//#endregion
//#region src/models/nangoConfig.ts
const NangoConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/openClawConfig.ts
const OpenClawConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/orumIoConfig.ts
const OrumIoConfigSerializer = {
	_fromJsonObject(object) {
		return { publicKey: object["publicKey"] };
	},
	_toJsonObject(self) {
		return { publicKey: self.publicKey };
	}
};
//#endregion
//#region src/models/pandaDocConfig.ts
const PandaDocConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/portIoConfig.ts
const PortIoConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/rutterConfig.ts
const RutterConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/segmentConfig.ts
const SegmentConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/shopifyConfig.ts
const ShopifyConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/slackConfig.ts
const SlackConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/stripeConfig.ts
const StripeConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/svixConfig.ts
const SvixConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/tailscaleConfig.ts
const TailscaleConfigSerializer = {
	_fromJsonObject(object) {
		return {
			secret: object["secret"],
			timestampGraceSeconds: object["timestampGraceSeconds"]
		};
	},
	_toJsonObject(self) {
		return {
			secret: self.secret,
			timestampGraceSeconds: self.timestampGraceSeconds
		};
	}
};
//#endregion
//#region src/models/telnyxConfig.ts
const TelnyxConfigSerializer = {
	_fromJsonObject(object) {
		return { publicKey: object["publicKey"] };
	},
	_toJsonObject(self) {
		return { publicKey: self.publicKey };
	}
};
//#endregion
//#region src/models/vapiConfig.ts
const VapiConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/veriffConfig.ts
const VeriffConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/vgsConfig.ts
const VgsConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/zoomConfig.ts
const ZoomConfigSerializer = {
	_fromJsonObject(object) {
		return { secret: object["secret"] };
	},
	_toJsonObject(self) {
		return { secret: self.secret };
	}
};
//#endregion
//#region src/models/ingestSourceIn.ts
const IngestSourceInSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "generic-webhook": return {};
				case "cron": return CronConfigSerializer._fromJsonObject(object["config"]);
				case "adobe-sign": return AdobeSignConfigSerializer._fromJsonObject(object["config"]);
				case "beehiiv": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "brex": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "checkbook": return CheckbookConfigSerializer._fromJsonObject(object["config"]);
				case "clerk": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "docusign": return DocusignConfigSerializer._fromJsonObject(object["config"]);
				case "easypost": return EasypostConfigSerializer._fromJsonObject(object["config"]);
				case "github": return GithubConfigSerializer._fromJsonObject(object["config"]);
				case "guesty": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "hubspot": return HubspotConfigSerializer._fromJsonObject(object["config"]);
				case "incident-io": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "lithic": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "merge": return MergeConfigSerializer._fromJsonObject(object["config"]);
				case "meta": return MetaConfigSerializer._fromJsonObject(object["config"]);
				case "nango": return NangoConfigSerializer._fromJsonObject(object["config"]);
				case "nash": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "openclaw": return OpenClawConfigSerializer._fromJsonObject(object["config"]);
				case "orum-io": return OrumIoConfigSerializer._fromJsonObject(object["config"]);
				case "panda-doc": return PandaDocConfigSerializer._fromJsonObject(object["config"]);
				case "port-io": return PortIoConfigSerializer._fromJsonObject(object["config"]);
				case "pleo": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "psi-fi": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "replicate": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "resend": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "rutter": return RutterConfigSerializer._fromJsonObject(object["config"]);
				case "safebase": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "sardine": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "segment": return SegmentConfigSerializer._fromJsonObject(object["config"]);
				case "shopify": return ShopifyConfigSerializer._fromJsonObject(object["config"]);
				case "slack": return SlackConfigSerializer._fromJsonObject(object["config"]);
				case "stripe": return StripeConfigSerializer._fromJsonObject(object["config"]);
				case "stych": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "svix": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "zoom": return ZoomConfigSerializer._fromJsonObject(object["config"]);
				case "tailscale": return TailscaleConfigSerializer._fromJsonObject(object["config"]);
				case "telnyx": return TelnyxConfigSerializer._fromJsonObject(object["config"]);
				case "vapi": return VapiConfigSerializer._fromJsonObject(object["config"]);
				case "open-ai": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "render": return SvixConfigSerializer._fromJsonObject(object["config"]);
				case "veriff": return VeriffConfigSerializer._fromJsonObject(object["config"]);
				case "airwallex": return AirwallexConfigSerializer._fromJsonObject(object["config"]);
				case "vgs": return VgsConfigSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			name: object["name"],
			uid: object["uid"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "generic-webhook":
				config = {};
				break;
			case "cron":
				config = CronConfigSerializer._toJsonObject(self.config);
				break;
			case "adobe-sign":
				config = AdobeSignConfigSerializer._toJsonObject(self.config);
				break;
			case "beehiiv":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "brex":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "checkbook":
				config = CheckbookConfigSerializer._toJsonObject(self.config);
				break;
			case "clerk":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "docusign":
				config = DocusignConfigSerializer._toJsonObject(self.config);
				break;
			case "easypost":
				config = EasypostConfigSerializer._toJsonObject(self.config);
				break;
			case "github":
				config = GithubConfigSerializer._toJsonObject(self.config);
				break;
			case "guesty":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "hubspot":
				config = HubspotConfigSerializer._toJsonObject(self.config);
				break;
			case "incident-io":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "lithic":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "merge":
				config = MergeConfigSerializer._toJsonObject(self.config);
				break;
			case "meta":
				config = MetaConfigSerializer._toJsonObject(self.config);
				break;
			case "nango":
				config = NangoConfigSerializer._toJsonObject(self.config);
				break;
			case "nash":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "openclaw":
				config = OpenClawConfigSerializer._toJsonObject(self.config);
				break;
			case "orum-io":
				config = OrumIoConfigSerializer._toJsonObject(self.config);
				break;
			case "panda-doc":
				config = PandaDocConfigSerializer._toJsonObject(self.config);
				break;
			case "port-io":
				config = PortIoConfigSerializer._toJsonObject(self.config);
				break;
			case "pleo":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "psi-fi":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "replicate":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "resend":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "rutter":
				config = RutterConfigSerializer._toJsonObject(self.config);
				break;
			case "safebase":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "sardine":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "segment":
				config = SegmentConfigSerializer._toJsonObject(self.config);
				break;
			case "shopify":
				config = ShopifyConfigSerializer._toJsonObject(self.config);
				break;
			case "slack":
				config = SlackConfigSerializer._toJsonObject(self.config);
				break;
			case "stripe":
				config = StripeConfigSerializer._toJsonObject(self.config);
				break;
			case "stych":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "svix":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "zoom":
				config = ZoomConfigSerializer._toJsonObject(self.config);
				break;
			case "tailscale":
				config = TailscaleConfigSerializer._toJsonObject(self.config);
				break;
			case "telnyx":
				config = TelnyxConfigSerializer._toJsonObject(self.config);
				break;
			case "vapi":
				config = VapiConfigSerializer._toJsonObject(self.config);
				break;
			case "open-ai":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "render":
				config = SvixConfigSerializer._toJsonObject(self.config);
				break;
			case "veriff":
				config = VeriffConfigSerializer._toJsonObject(self.config);
				break;
			case "airwallex":
				config = AirwallexConfigSerializer._toJsonObject(self.config);
				break;
			case "vgs":
				config = VgsConfigSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			name: self.name,
			uid: self.uid,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/adobeSignConfigOut.ts
const AdobeSignConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/airwallexConfigOut.ts
const AirwallexConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/checkbookConfigOut.ts
const CheckbookConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/docusignConfigOut.ts
const DocusignConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/easypostConfigOut.ts
const EasypostConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/githubConfigOut.ts
const GithubConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/hubspotConfigOut.ts
const HubspotConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/mergeConfigOut.ts
const MergeConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/metaConfigOut.ts
const MetaConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/nangoConfigOut.ts
const NangoConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/openClawConfigOut.ts
const OpenClawConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/orumIoConfigOut.ts
const OrumIoConfigOutSerializer = {
	_fromJsonObject(object) {
		return { publicKey: object["publicKey"] };
	},
	_toJsonObject(self) {
		return { publicKey: self.publicKey };
	}
};
//#endregion
//#region src/models/pandaDocConfigOut.ts
const PandaDocConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/portIoConfigOut.ts
const PortIoConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/rutterConfigOut.ts
const RutterConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/segmentConfigOut.ts
const SegmentConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/shopifyConfigOut.ts
const ShopifyConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/slackConfigOut.ts
const SlackConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/stripeConfigOut.ts
const StripeConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/svixConfigOut.ts
const SvixConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/tailscaleConfigOut.ts
const TailscaleConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/telnyxConfigOut.ts
const TelnyxConfigOutSerializer = {
	_fromJsonObject(object) {
		return { publicKey: object["publicKey"] };
	},
	_toJsonObject(self) {
		return { publicKey: self.publicKey };
	}
};
//#endregion
//#region src/models/vapiConfigOut.ts
const VapiConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/veriffConfigOut.ts
const VeriffConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/vgsConfigOut.ts
const VgsConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/zoomConfigOut.ts
const ZoomConfigOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/ingestSourceOut.ts
const IngestSourceOutSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "generic-webhook": return {};
				case "cron": return CronConfigSerializer._fromJsonObject(object["config"]);
				case "adobe-sign": return AdobeSignConfigOutSerializer._fromJsonObject(object["config"]);
				case "beehiiv": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "brex": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "checkbook": return CheckbookConfigOutSerializer._fromJsonObject(object["config"]);
				case "clerk": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "docusign": return DocusignConfigOutSerializer._fromJsonObject(object["config"]);
				case "easypost": return EasypostConfigOutSerializer._fromJsonObject(object["config"]);
				case "github": return GithubConfigOutSerializer._fromJsonObject(object["config"]);
				case "guesty": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "hubspot": return HubspotConfigOutSerializer._fromJsonObject(object["config"]);
				case "incident-io": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "lithic": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "merge": return MergeConfigOutSerializer._fromJsonObject(object["config"]);
				case "meta": return MetaConfigOutSerializer._fromJsonObject(object["config"]);
				case "nango": return NangoConfigOutSerializer._fromJsonObject(object["config"]);
				case "nash": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "openclaw": return OpenClawConfigOutSerializer._fromJsonObject(object["config"]);
				case "orum-io": return OrumIoConfigOutSerializer._fromJsonObject(object["config"]);
				case "panda-doc": return PandaDocConfigOutSerializer._fromJsonObject(object["config"]);
				case "port-io": return PortIoConfigOutSerializer._fromJsonObject(object["config"]);
				case "psi-fi": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "pleo": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "replicate": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "resend": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "rutter": return RutterConfigOutSerializer._fromJsonObject(object["config"]);
				case "safebase": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "sardine": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "segment": return SegmentConfigOutSerializer._fromJsonObject(object["config"]);
				case "shopify": return ShopifyConfigOutSerializer._fromJsonObject(object["config"]);
				case "slack": return SlackConfigOutSerializer._fromJsonObject(object["config"]);
				case "stripe": return StripeConfigOutSerializer._fromJsonObject(object["config"]);
				case "stych": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "svix": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "zoom": return ZoomConfigOutSerializer._fromJsonObject(object["config"]);
				case "tailscale": return TailscaleConfigOutSerializer._fromJsonObject(object["config"]);
				case "telnyx": return TelnyxConfigOutSerializer._fromJsonObject(object["config"]);
				case "vapi": return VapiConfigOutSerializer._fromJsonObject(object["config"]);
				case "open-ai": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "render": return SvixConfigOutSerializer._fromJsonObject(object["config"]);
				case "veriff": return VeriffConfigOutSerializer._fromJsonObject(object["config"]);
				case "airwallex": return AirwallexConfigOutSerializer._fromJsonObject(object["config"]);
				case "vgs": return VgsConfigOutSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			id: object["id"],
			uid: object["uid"],
			name: object["name"],
			ingestUrl: object["ingestUrl"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "generic-webhook":
				config = {};
				break;
			case "cron":
				config = CronConfigSerializer._toJsonObject(self.config);
				break;
			case "adobe-sign":
				config = AdobeSignConfigOutSerializer._toJsonObject(self.config);
				break;
			case "beehiiv":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "brex":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "checkbook":
				config = CheckbookConfigOutSerializer._toJsonObject(self.config);
				break;
			case "clerk":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "docusign":
				config = DocusignConfigOutSerializer._toJsonObject(self.config);
				break;
			case "easypost":
				config = EasypostConfigOutSerializer._toJsonObject(self.config);
				break;
			case "github":
				config = GithubConfigOutSerializer._toJsonObject(self.config);
				break;
			case "guesty":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "hubspot":
				config = HubspotConfigOutSerializer._toJsonObject(self.config);
				break;
			case "incident-io":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "lithic":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "merge":
				config = MergeConfigOutSerializer._toJsonObject(self.config);
				break;
			case "meta":
				config = MetaConfigOutSerializer._toJsonObject(self.config);
				break;
			case "nango":
				config = NangoConfigOutSerializer._toJsonObject(self.config);
				break;
			case "nash":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "openclaw":
				config = OpenClawConfigOutSerializer._toJsonObject(self.config);
				break;
			case "orum-io":
				config = OrumIoConfigOutSerializer._toJsonObject(self.config);
				break;
			case "panda-doc":
				config = PandaDocConfigOutSerializer._toJsonObject(self.config);
				break;
			case "port-io":
				config = PortIoConfigOutSerializer._toJsonObject(self.config);
				break;
			case "psi-fi":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "pleo":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "replicate":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "resend":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "rutter":
				config = RutterConfigOutSerializer._toJsonObject(self.config);
				break;
			case "safebase":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "sardine":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "segment":
				config = SegmentConfigOutSerializer._toJsonObject(self.config);
				break;
			case "shopify":
				config = ShopifyConfigOutSerializer._toJsonObject(self.config);
				break;
			case "slack":
				config = SlackConfigOutSerializer._toJsonObject(self.config);
				break;
			case "stripe":
				config = StripeConfigOutSerializer._toJsonObject(self.config);
				break;
			case "stych":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "svix":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "zoom":
				config = ZoomConfigOutSerializer._toJsonObject(self.config);
				break;
			case "tailscale":
				config = TailscaleConfigOutSerializer._toJsonObject(self.config);
				break;
			case "telnyx":
				config = TelnyxConfigOutSerializer._toJsonObject(self.config);
				break;
			case "vapi":
				config = VapiConfigOutSerializer._toJsonObject(self.config);
				break;
			case "open-ai":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "render":
				config = SvixConfigOutSerializer._toJsonObject(self.config);
				break;
			case "veriff":
				config = VeriffConfigOutSerializer._toJsonObject(self.config);
				break;
			case "airwallex":
				config = AirwallexConfigOutSerializer._toJsonObject(self.config);
				break;
			case "vgs":
				config = VgsConfigOutSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			id: self.id,
			uid: self.uid,
			name: self.name,
			ingestUrl: self.ingestUrl,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseIngestSourceOut.ts
const ListResponseIngestSourceOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => IngestSourceOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => IngestSourceOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/rotateTokenOut.ts
const RotateTokenOutSerializer = {
	_fromJsonObject(object) {
		return { ingestUrl: object["ingestUrl"] };
	},
	_toJsonObject(self) {
		return { ingestUrl: self.ingestUrl };
	}
};
//#endregion
//#region src/api/ingestSource.ts
var IngestSource = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List of all the organization's Ingest Sources. */
	async list(options) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source");
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseIngestSourceOutSerializer._fromJsonObject);
	}
	/** Create Ingest Source. */
	async create(ingestSourceIn, options) {
		const request = new SvixRequest("POST", "/ingest/api/v1/source");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(IngestSourceInSerializer._toJsonObject(ingestSourceIn));
		return await request.send(this.requestCtx, IngestSourceOutSerializer._fromJsonObject);
	}
	/** Get an Ingest Source by id or uid. */
	async get(sourceId) {
		const request = new SvixRequest("GET", "/ingest/api/v1/source/{source_id}");
		request.setPathParam("source_id", sourceId);
		return await request.send(this.requestCtx, IngestSourceOutSerializer._fromJsonObject);
	}
	/** Create or update an Ingest Source. */
	async upsert(sourceId, ingestSourceIn) {
		const request = new SvixRequest("PUT", "/ingest/api/v1/source/{source_id}");
		request.setPathParam("source_id", sourceId);
		request.setBody(IngestSourceInSerializer._toJsonObject(ingestSourceIn));
		return await request.send(this.requestCtx, IngestSourceOutSerializer._fromJsonObject);
	}
	/** Delete an Ingest Source. */
	async delete(sourceId) {
		const request = new SvixRequest("DELETE", "/ingest/api/v1/source/{source_id}");
		request.setPathParam("source_id", sourceId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/**
	* Rotate the Ingest Source's Url Token.
	*
	* This will rotate the ingest source's token, which is used to
	* construct the unique `ingestUrl` for the source. Previous tokens
	* will remain valid for 48 hours after rotation. The token can be
	* rotated a maximum of three times within the 48-hour period.
	*/
	async rotateToken(sourceId, options) {
		const request = new SvixRequest("POST", "/ingest/api/v1/source/{source_id}/token/rotate");
		request.setPathParam("source_id", sourceId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.send(this.requestCtx, RotateTokenOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api/ingest.ts
var Ingest = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get authentication() {
		return new IngestAuthentication(this.requestCtx);
	}
	get endpoint() {
		return new IngestEndpoint(this.requestCtx);
	}
	get source() {
		return new IngestSource(this.requestCtx);
	}
};
//#endregion
//#region src/models/integrationIn.ts
const IntegrationInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/integrationKeyOut.ts
const IntegrationKeyOutSerializer = {
	_fromJsonObject(object) {
		return { key: object["key"] };
	},
	_toJsonObject(self) {
		return { key: self.key };
	}
};
//#endregion
//#region src/models/integrationOut.ts
const IntegrationOutSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			id: object["id"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			id: self.id,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/integrationUpdate.ts
const IntegrationUpdateSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/listResponseIntegrationOut.ts
const ListResponseIntegrationOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => IntegrationOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => IntegrationOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/integration.ts
var Integration = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List the application's integrations. */
	async list(appId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/integration");
		request.setPathParam("app_id", appId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseIntegrationOutSerializer._fromJsonObject);
	}
	/** Create an integration. */
	async create(appId, integrationIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/integration");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(IntegrationInSerializer._toJsonObject(integrationIn));
		return await request.send(this.requestCtx, IntegrationOutSerializer._fromJsonObject);
	}
	/** Get an integration. */
	async get(appId, integId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/integration/{integ_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("integ_id", integId);
		return await request.send(this.requestCtx, IntegrationOutSerializer._fromJsonObject);
	}
	/** Update an integration. */
	async update(appId, integId, integrationUpdate) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/integration/{integ_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("integ_id", integId);
		request.setBody(IntegrationUpdateSerializer._toJsonObject(integrationUpdate));
		return await request.send(this.requestCtx, IntegrationOutSerializer._fromJsonObject);
	}
	/** Delete an integration. */
	async delete(appId, integId) {
		const request = new SvixRequest("DELETE", "/api/v1/app/{app_id}/integration/{integ_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("integ_id", integId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Rotate the integration's key. The previous key will be immediately revoked. */
	async rotateKey(appId, integId, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/integration/{integ_id}/key/rotate");
		request.setPathParam("app_id", appId);
		request.setPathParam("integ_id", integId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.send(this.requestCtx, IntegrationKeyOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/bulkExpungeContentsIn.ts
const BulkExpungeContentsInSerializer = {
	_fromJsonObject(object) {
		return { ids: object["ids"] };
	},
	_toJsonObject(self) {
		return { ids: self.ids };
	}
};
//#endregion
//#region src/models/bulkExpungeStatus.ts
let BulkExpungeStatus = /* @__PURE__ */ function(BulkExpungeStatus) {
	BulkExpungeStatus["Expunged"] = "expunged";
	BulkExpungeStatus["NotFound"] = "not-found";
	return BulkExpungeStatus;
}({});
const BulkExpungeStatusSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/bulkExpungeContentsOut.ts
const BulkExpungeContentsOutSerializer = {
	_fromJsonObject(object) {
		return { results: Object.fromEntries(Object.entries(object["results"]).map((item) => [item[0], BulkExpungeStatusSerializer._fromJsonObject(item[1])])) };
	},
	_toJsonObject(self) {
		return { results: Object.fromEntries(Object.entries(self.results).map((item) => [item[0], BulkExpungeStatusSerializer._toJsonObject(item[1])])) };
	}
};
//#endregion
//#region src/models/expungeAllContentsOut.ts
const ExpungeAllContentsOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			status: BackgroundTaskStatusSerializer._fromJsonObject(object["status"]),
			task: BackgroundTaskTypeSerializer._fromJsonObject(object["task"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			status: BackgroundTaskStatusSerializer._toJsonObject(self.status),
			task: BackgroundTaskTypeSerializer._toJsonObject(self.task),
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/listResponseMessageOut.ts
const ListResponseMessageOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => MessageOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => MessageOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/messagePrecheckIn.ts
const MessagePrecheckInSerializer = {
	_fromJsonObject(object) {
		return {
			eventType: object["eventType"],
			channels: object["channels"]
		};
	},
	_toJsonObject(self) {
		return {
			eventType: self.eventType,
			channels: self.channels
		};
	}
};
//#endregion
//#region src/models/messagePrecheckOut.ts
const MessagePrecheckOutSerializer = {
	_fromJsonObject(object) {
		return { active: object["active"] };
	},
	_toJsonObject(self) {
		return { active: self.active };
	}
};
//#endregion
//#region src/models/pollingEndpointConsumerSeekIn.ts
const PollingEndpointConsumerSeekInSerializer = {
	_fromJsonObject(object) {
		return { after: new Date(object["after"]) };
	},
	_toJsonObject(self) {
		return { after: self.after };
	}
};
//#endregion
//#region src/models/pollingEndpointConsumerSeekOut.ts
const PollingEndpointConsumerSeekOutSerializer = {
	_fromJsonObject(object) {
		return { iterator: object["iterator"] };
	},
	_toJsonObject(self) {
		return { iterator: self.iterator };
	}
};
//#endregion
//#region src/models/pollingEndpointMessageOut.ts
const PollingEndpointMessageOutSerializer = {
	_fromJsonObject(object) {
		return {
			headers: object["headers"],
			eventId: object["eventId"],
			eventType: object["eventType"],
			payload: object["payload"],
			channels: object["channels"],
			id: object["id"],
			timestamp: new Date(object["timestamp"]),
			tags: object["tags"],
			deliverAt: object["deliverAt"] ? new Date(object["deliverAt"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			headers: self.headers,
			eventId: self.eventId,
			eventType: self.eventType,
			payload: self.payload,
			channels: self.channels,
			id: self.id,
			timestamp: self.timestamp,
			tags: self.tags,
			deliverAt: self.deliverAt
		};
	}
};
//#endregion
//#region src/models/pollingEndpointOut.ts
const PollingEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => PollingEndpointMessageOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => PollingEndpointMessageOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/messagePoller.ts
var MessagePoller = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Reads the stream of created messages for an application, filtered on the Sink's event types and Channels. */
	async poll(appId, sinkId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/poller/{sink_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("sink_id", sinkId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			event_type: options?.eventType,
			channel: options?.channel,
			after: options?.after
		});
		return await request.send(this.requestCtx, PollingEndpointOutSerializer._fromJsonObject);
	}
	/** Sets the starting offset for the consumer of a polling endpoint. */
	async consumerSeek(appId, sinkId, consumerId, pollingEndpointConsumerSeekIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/poller/{sink_id}/consumer/{consumer_id}/seek");
		request.setPathParam("app_id", appId);
		request.setPathParam("sink_id", sinkId);
		request.setPathParam("consumer_id", consumerId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(PollingEndpointConsumerSeekInSerializer._toJsonObject(pollingEndpointConsumerSeekIn));
		return await request.send(this.requestCtx, PollingEndpointConsumerSeekOutSerializer._fromJsonObject);
	}
	/**
	* Reads the stream of created messages for an application, filtered on the Sink's event types and
	* Channels, using server-managed iterator tracking.
	*/
	async consumerPoll(appId, sinkId, consumerId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/poller/{sink_id}/consumer/{consumer_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("sink_id", sinkId);
		request.setPathParam("consumer_id", consumerId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator
		});
		return await request.send(this.requestCtx, PollingEndpointOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/messageIn.ts
const MessageInSerializer = {
	_fromJsonObject(object) {
		return {
			eventId: object["eventId"],
			eventType: object["eventType"],
			payload: object["payload"],
			channels: object["channels"],
			application: object["application"] != null ? ApplicationInSerializer._fromJsonObject(object["application"]) : void 0,
			tags: object["tags"],
			transformationsParams: object["transformationsParams"],
			deliverAt: object["deliverAt"] ? new Date(object["deliverAt"]) : null,
			payloadRetentionPeriod: object["payloadRetentionPeriod"],
			payloadRetentionHours: object["payloadRetentionHours"]
		};
	},
	_toJsonObject(self) {
		return {
			eventId: self.eventId,
			eventType: self.eventType,
			payload: self.payload,
			channels: self.channels,
			application: self.application != null ? ApplicationInSerializer._toJsonObject(self.application) : void 0,
			tags: self.tags,
			transformationsParams: self.transformationsParams,
			deliverAt: self.deliverAt,
			payloadRetentionPeriod: self.payloadRetentionPeriod,
			payloadRetentionHours: self.payloadRetentionHours
		};
	}
};
//#endregion
//#region src/api/message.ts
var Message = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get poller() {
		return new MessagePoller(this.requestCtx);
	}
	/**
	* List all of the application's messages.
	*
	* The `before` and `after` parameters let you filter all items created before or after a certain date. These can be
	* used alongside an iterator to paginate over results within a certain window.
	*
	* Note that by default this endpoint is limited to retrieving 90 days' worth of data
	* relative to now or, if an iterator is provided, 90 days before/after the time indicated
	* by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
	* set the `before` or `after` parameter as appropriate.
	*/
	async list(appId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/msg");
		request.setPathParam("app_id", appId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			channel: options?.channel,
			before: options?.before,
			after: options?.after,
			with_content: options?.withContent ?? false,
			tag: options?.tag,
			event_types: options?.eventTypes
		});
		return await request.send(this.requestCtx, ListResponseMessageOutSerializer._fromJsonObject);
	}
	/**
	* Creates a new message and dispatches it to all of the application's endpoints.
	*
	* The `eventId` is an optional custom unique ID. It's verified to be unique only up to a day, after that no verification will be made.
	* If a message with the same `eventId` already exists for the application, a 409 conflict error will be returned.
	*
	* The `eventType` indicates the type and schema of the event. All messages of a certain `eventType` are expected to have the same schema. Endpoints can choose to only listen to specific event types.
	* Messages can also have `channels`, which similar to event types let endpoints filter by them. Unlike event types, messages can have multiple channels, and channels don't imply a specific message content or schema.
	*
	* The `payload` property is the webhook's body (the actual webhook message). Svix supports payload sizes of up to 1MiB, though it's generally a good idea to keep webhook payloads small, probably no larger than 40kb.
	*/
	async create(appId, messageIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/msg");
		request.setPathParam("app_id", appId);
		request.setQueryParams({ with_content: options?.withContent ?? false });
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(MessageInSerializer._toJsonObject(messageIn));
		return await request.send(this.requestCtx, MessageOutSerializer._fromJsonObject);
	}
	/**
	* A pre-check call for `message.create` that checks whether any active endpoints are
	* listening to this message.
	*
	* Note: most people shouldn't be using this API. Svix doesn't bill you for
	* messages not actually sent, so using this API doesn't save money.
	* If unsure, please ask Svix support before using this API.
	*/
	async precheck(appId, messagePrecheckIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/msg/precheck/active");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(MessagePrecheckInSerializer._toJsonObject(messagePrecheckIn));
		return await request.send(this.requestCtx, MessagePrecheckOutSerializer._fromJsonObject);
	}
	/** Get a message by its ID or eventID. */
	async get(appId, msgId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/msg/{msg_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		request.setQueryParams({ with_content: options?.withContent ?? false });
		return await request.send(this.requestCtx, MessageOutSerializer._fromJsonObject);
	}
	/**
	* Delete the given message's payload.
	*
	* Useful in cases when a message was accidentally sent with sensitive content.
	* The message can't be replayed or resent once its payload has been deleted
	* (or has expired).
	*/
	async expungeContent(appId, msgId) {
		const request = new SvixRequest("DELETE", "/api/v1/app/{app_id}/msg/{msg_id}/content");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/**
	* Delete the payloads from the given messages under the current application
	*
	* Useful in cases when a message was accidentally sent with sensitive content.
	* A message can't be replayed or resent once its payload has been deleted
	* (or has expired).
	*/
	async bulkExpungeContent(appId, bulkExpungeContentsIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/msg/bulk-expunge");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(BulkExpungeContentsInSerializer._toJsonObject(bulkExpungeContentsIn));
		return await request.send(this.requestCtx, BulkExpungeContentsOutSerializer._fromJsonObject);
	}
	/**
	* Delete all message payloads for the application.
	*
	* This operation is only available in the <a href="https://svix.com/pricing" target="_blank">Enterprise</a> plan.
	*
	* A completed task will return a payload like the following:
	* ```json
	* {
	*   "id": "qtask_33qen93MNuelBAq1T9G7eHLJRsF",
	*   "status": "finished",
	*   "task": "application.purge_content",
	*   "data": {
	*     "messagesPurged": 150
	*   }
	* }
	* ```
	*/
	async expungeAllContents(appId, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/msg/expunge-all-contents");
		request.setPathParam("app_id", appId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.send(this.requestCtx, ExpungeAllContentsOutSerializer._fromJsonObject);
	}
};
/**
* Creates a `MessageIn` with a raw string payload.
*
* The payload is not normalized on the server. Normally, payloads are
* required to be JSON, and Svix will minify the payload before sending the
* webhooks (for example, by removing extraneous whitespace or unnecessarily
* escaped characters in strings). With this function, the payload will be
* sent "as is", without any minification or other processing.
*
* @param payload Serialized message payload
* @param contentType The value to use for the Content-Type header of the webhook sent by Svix, overwriting the default of `application/json` if specified
*
* See the class documentation for details about the other parameters.
*/
function messageInRaw(eventType, payload, contentType) {
	return {
		eventType,
		payload: {},
		transformationsParams: {
			rawPayload: payload,
			headers: contentType ? { "content-type": contentType } : void 0
		}
	};
}
//#endregion
//#region src/models/messageStatusText.ts
let MessageStatusText = /* @__PURE__ */ function(MessageStatusText) {
	MessageStatusText["Success"] = "success";
	MessageStatusText["Pending"] = "pending";
	MessageStatusText["Fail"] = "fail";
	MessageStatusText["Sending"] = "sending";
	MessageStatusText["Canceled"] = "canceled";
	return MessageStatusText;
}({});
const MessageStatusTextSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/endpointMessageOut.ts
const EndpointMessageOutSerializer = {
	_fromJsonObject(object) {
		return {
			status: MessageStatusSerializer._fromJsonObject(object["status"]),
			statusText: MessageStatusTextSerializer._fromJsonObject(object["statusText"]),
			nextAttempt: object["nextAttempt"] ? new Date(object["nextAttempt"]) : null,
			eventId: object["eventId"],
			eventType: object["eventType"],
			payload: object["payload"],
			channels: object["channels"],
			id: object["id"],
			timestamp: new Date(object["timestamp"]),
			tags: object["tags"],
			deliverAt: object["deliverAt"] ? new Date(object["deliverAt"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			status: MessageStatusSerializer._toJsonObject(self.status),
			statusText: MessageStatusTextSerializer._toJsonObject(self.statusText),
			nextAttempt: self.nextAttempt,
			eventId: self.eventId,
			eventType: self.eventType,
			payload: self.payload,
			channels: self.channels,
			id: self.id,
			timestamp: self.timestamp,
			tags: self.tags,
			deliverAt: self.deliverAt
		};
	}
};
//#endregion
//#region src/models/listResponseEndpointMessageOut.ts
const ListResponseEndpointMessageOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => EndpointMessageOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => EndpointMessageOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/messageAttemptTriggerType.ts
/**
* The reason an attempt was made:
*
* - Scheduled = 0
* - Manual = 1
*/
let MessageAttemptTriggerType = /* @__PURE__ */ function(MessageAttemptTriggerType) {
	MessageAttemptTriggerType[MessageAttemptTriggerType["Scheduled"] = 0] = "Scheduled";
	MessageAttemptTriggerType[MessageAttemptTriggerType["Manual"] = 1] = "Manual";
	return MessageAttemptTriggerType;
}({});
const MessageAttemptTriggerTypeSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/messageAttemptOut.ts
const MessageAttemptOutSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			response: object["response"],
			responseStatusCode: object["responseStatusCode"],
			responseDurationMs: object["responseDurationMs"],
			status: MessageStatusSerializer._fromJsonObject(object["status"]),
			statusText: MessageStatusTextSerializer._fromJsonObject(object["statusText"]),
			triggerType: MessageAttemptTriggerTypeSerializer._fromJsonObject(object["triggerType"]),
			msgId: object["msgId"],
			endpointId: object["endpointId"],
			id: object["id"],
			timestamp: new Date(object["timestamp"]),
			msg: object["msg"] != null ? MessageOutSerializer._fromJsonObject(object["msg"]) : void 0
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			response: self.response,
			responseStatusCode: self.responseStatusCode,
			responseDurationMs: self.responseDurationMs,
			status: MessageStatusSerializer._toJsonObject(self.status),
			statusText: MessageStatusTextSerializer._toJsonObject(self.statusText),
			triggerType: MessageAttemptTriggerTypeSerializer._toJsonObject(self.triggerType),
			msgId: self.msgId,
			endpointId: self.endpointId,
			id: self.id,
			timestamp: self.timestamp,
			msg: self.msg != null ? MessageOutSerializer._toJsonObject(self.msg) : void 0
		};
	}
};
//#endregion
//#region src/models/listResponseMessageAttemptOut.ts
const ListResponseMessageAttemptOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => MessageAttemptOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => MessageAttemptOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/messageEndpointOut.ts
const MessageEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			status: MessageStatusSerializer._fromJsonObject(object["status"]),
			statusText: MessageStatusTextSerializer._fromJsonObject(object["statusText"]),
			nextAttempt: object["nextAttempt"] ? new Date(object["nextAttempt"]) : null,
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			status: MessageStatusSerializer._toJsonObject(self.status),
			statusText: MessageStatusTextSerializer._toJsonObject(self.statusText),
			nextAttempt: self.nextAttempt,
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			channels: self.channels,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/listResponseMessageEndpointOut.ts
const ListResponseMessageEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => MessageEndpointOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => MessageEndpointOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/messageAttempt.ts
var MessageAttempt = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/**
	* List attempts by endpoint id
	*
	* Note that by default this endpoint is limited to retrieving 90 days' worth of data
	* relative to now or, if an iterator is provided, 90 days before/after the time indicated
	* by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
	* set the `before` or `after` parameter as appropriate.
	*/
	async listByEndpoint(appId, endpointId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			status: options?.status,
			status_code_class: options?.statusCodeClass,
			channel: options?.channel,
			tag: options?.tag,
			before: options?.before,
			after: options?.after,
			with_content: options?.withContent ?? false,
			with_msg: options?.withMsg,
			expanded_statuses: options?.expandedStatuses ?? true,
			event_types: options?.eventTypes
		});
		return await request.send(this.requestCtx, ListResponseMessageAttemptOutSerializer._fromJsonObject);
	}
	/**
	* List attempts by message ID.
	*
	* Note that by default this endpoint is limited to retrieving 90 days' worth of data
	* relative to now or, if an iterator is provided, 90 days before/after the time indicated
	* by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
	* set the `before` or `after` parameter as appropriate.
	*/
	async listByMsg(appId, msgId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/attempt/msg/{msg_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			status: options?.status,
			status_code_class: options?.statusCodeClass,
			channel: options?.channel,
			tag: options?.tag,
			endpoint_id: options?.endpointId,
			before: options?.before,
			after: options?.after,
			with_content: options?.withContent ?? false,
			expanded_statuses: options?.expandedStatuses ?? true,
			event_types: options?.eventTypes
		});
		return await request.send(this.requestCtx, ListResponseMessageAttemptOutSerializer._fromJsonObject);
	}
	/**
	* List messages for a particular endpoint.
	*
	* Additionally includes metadata about the latest message attempt.
	* The `before` parameter lets you filter all items created before a certain date and is ignored if an iterator is passed.
	*
	* Note that by default this endpoint is limited to retrieving 90 days' worth of data
	* relative to now or, if an iterator is provided, 90 days before/after the time indicated
	* by the iterator ID. If you require data beyond those time ranges, you will need to explicitly
	* set the `before` or `after` parameter as appropriate.
	*/
	async listAttemptedMessages(appId, endpointId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/msg");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			channel: options?.channel,
			tag: options?.tag,
			status: options?.status,
			before: options?.before,
			after: options?.after,
			with_content: options?.withContent ?? false,
			expanded_statuses: options?.expandedStatuses ?? true,
			event_types: options?.eventTypes
		});
		return await request.send(this.requestCtx, ListResponseEndpointMessageOutSerializer._fromJsonObject);
	}
	/**
	* List endpoints attempted by a given message.
	*
	* Additionally includes metadata about the latest message attempt.
	* By default, endpoints are listed in ascending order by ID.
	*/
	async listAttemptedDestinations(appId, msgId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/msg/{msg_id}/endpoint");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator
		});
		return await request.send(this.requestCtx, ListResponseMessageEndpointOutSerializer._fromJsonObject);
	}
	/** `msg_id`: Use a message id or a message `eventId` */
	async get(appId, msgId, attemptId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		request.setPathParam("attempt_id", attemptId);
		request.setQueryParams({ expanded_statuses: options?.expandedStatuses ?? true });
		return await request.send(this.requestCtx, MessageAttemptOutSerializer._fromJsonObject);
	}
	/**
	* Deletes the given attempt's response body.
	*
	* Useful when an endpoint accidentally returned sensitive content.
	* The message can't be replayed or resent once its payload has been deleted or expired.
	*/
	async expungeContent(appId, msgId, attemptId) {
		const request = new SvixRequest("DELETE", "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}/content");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		request.setPathParam("attempt_id", attemptId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Resend a message to the specified endpoint. */
	async resend(appId, msgId, endpointId, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/resend");
		request.setPathParam("app_id", appId);
		request.setPathParam("msg_id", msgId);
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		return await request.send(this.requestCtx, EmptyResponseSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointOut.ts
const OperationalWebhookEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseOperationalWebhookEndpointOut.ts
const ListResponseOperationalWebhookEndpointOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => OperationalWebhookEndpointOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => OperationalWebhookEndpointOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointHeadersIn.ts
const OperationalWebhookEndpointHeadersInSerializer = {
	_fromJsonObject(object) {
		return { headers: object["headers"] };
	},
	_toJsonObject(self) {
		return { headers: self.headers };
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointHeadersOut.ts
const OperationalWebhookEndpointHeadersOutSerializer = {
	_fromJsonObject(object) {
		return {
			headers: object["headers"],
			sensitive: object["sensitive"]
		};
	},
	_toJsonObject(self) {
		return {
			headers: self.headers,
			sensitive: self.sensitive
		};
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointIn.ts
const OperationalWebhookEndpointInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			secret: object["secret"],
			metadata: object["metadata"],
			headers: object["headers"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			secret: self.secret,
			metadata: self.metadata,
			headers: self.headers
		};
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointSecretIn.ts
const OperationalWebhookEndpointSecretInSerializer = {
	_fromJsonObject(object) {
		return {
			key: object["key"],
			gracePeriodSeconds: object["gracePeriodSeconds"]
		};
	},
	_toJsonObject(self) {
		return {
			key: self.key,
			gracePeriodSeconds: self.gracePeriodSeconds
		};
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointSecretOut.ts
const OperationalWebhookEndpointSecretOutSerializer = {
	_fromJsonObject(object) {
		return { key: object["key"] };
	},
	_toJsonObject(self) {
		return { key: self.key };
	}
};
//#endregion
//#region src/models/operationalWebhookEndpointUpsertIn.ts
const OperationalWebhookEndpointUpsertInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/api/operationalWebhookEndpoint.ts
var OperationalWebhookEndpoint = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List operational webhook endpoints. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/operational-webhook/endpoint");
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseOperationalWebhookEndpointOutSerializer._fromJsonObject);
	}
	/** Create an operational webhook endpoint. */
	async create(operationalWebhookEndpointIn, options) {
		const request = new SvixRequest("POST", "/api/v1/operational-webhook/endpoint");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(OperationalWebhookEndpointInSerializer._toJsonObject(operationalWebhookEndpointIn));
		return await request.send(this.requestCtx, OperationalWebhookEndpointOutSerializer._fromJsonObject);
	}
	/** Get an operational webhook endpoint. */
	async get(endpointId) {
		const request = new SvixRequest("GET", "/api/v1/operational-webhook/endpoint/{endpoint_id}");
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, OperationalWebhookEndpointOutSerializer._fromJsonObject);
	}
	/** Create or update an operational webhook endpoint. */
	async upsert(endpointId, operationalWebhookEndpointUpsertIn) {
		const request = new SvixRequest("PUT", "/api/v1/operational-webhook/endpoint/{endpoint_id}");
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(OperationalWebhookEndpointUpsertInSerializer._toJsonObject(operationalWebhookEndpointUpsertIn));
		return await request.send(this.requestCtx, OperationalWebhookEndpointOutSerializer._fromJsonObject);
	}
	/** Delete an operational webhook endpoint. */
	async delete(endpointId) {
		const request = new SvixRequest("DELETE", "/api/v1/operational-webhook/endpoint/{endpoint_id}");
		request.setPathParam("endpoint_id", endpointId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/**
	* Get an operational webhook endpoint's signing secret.
	*
	* This is used to verify the authenticity of the webhook.
	* For more information please refer to [the consuming webhooks docs](https://docs.svix.com/consuming-webhooks/).
	*/
	async getSecret(endpointId) {
		const request = new SvixRequest("GET", "/api/v1/operational-webhook/endpoint/{endpoint_id}/secret");
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, OperationalWebhookEndpointSecretOutSerializer._fromJsonObject);
	}
	/**
	* Rotates an operational webhook endpoint's signing secret.
	*
	* The previous secret will remain valid for the specified grace period (default 24 hours).
	*/
	async rotateSecret(endpointId, operationalWebhookEndpointSecretIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/operational-webhook/endpoint/{endpoint_id}/secret/rotate");
		request.setPathParam("endpoint_id", endpointId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(OperationalWebhookEndpointSecretInSerializer._toJsonObject(operationalWebhookEndpointSecretIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Get the additional headers to be sent with the operational webhook. */
	async getHeaders(endpointId) {
		const request = new SvixRequest("GET", "/api/v1/operational-webhook/endpoint/{endpoint_id}/headers");
		request.setPathParam("endpoint_id", endpointId);
		return await request.send(this.requestCtx, OperationalWebhookEndpointHeadersOutSerializer._fromJsonObject);
	}
	/** Set the additional headers to be sent with the operational webhook. */
	async setHeaders(endpointId, operationalWebhookEndpointHeadersIn) {
		const request = new SvixRequest("PUT", "/api/v1/operational-webhook/endpoint/{endpoint_id}/headers");
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(OperationalWebhookEndpointHeadersInSerializer._toJsonObject(operationalWebhookEndpointHeadersIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/api/operationalWebhook.ts
var OperationalWebhook = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get endpoint() {
		return new OperationalWebhookEndpoint(this.requestCtx);
	}
};
//#endregion
//#region src/models/aggregateEventTypesOut.ts
const AggregateEventTypesOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			status: BackgroundTaskStatusSerializer._fromJsonObject(object["status"]),
			task: BackgroundTaskTypeSerializer._fromJsonObject(object["task"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			status: BackgroundTaskStatusSerializer._toJsonObject(self.status),
			task: BackgroundTaskTypeSerializer._toJsonObject(self.task),
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/models/appUsageStatsIn.ts
const AppUsageStatsInSerializer = {
	_fromJsonObject(object) {
		return {
			since: new Date(object["since"]),
			until: new Date(object["until"]),
			appIds: object["appIds"]
		};
	},
	_toJsonObject(self) {
		return {
			since: self.since,
			until: self.until,
			appIds: self.appIds
		};
	}
};
//#endregion
//#region src/models/appUsageStatsOut.ts
const AppUsageStatsOutSerializer = {
	_fromJsonObject(object) {
		return {
			unresolvedAppIds: object["unresolvedAppIds"],
			id: object["id"],
			status: BackgroundTaskStatusSerializer._fromJsonObject(object["status"]),
			task: BackgroundTaskTypeSerializer._fromJsonObject(object["task"]),
			updatedAt: new Date(object["updatedAt"])
		};
	},
	_toJsonObject(self) {
		return {
			unresolvedAppIds: self.unresolvedAppIds,
			id: self.id,
			status: BackgroundTaskStatusSerializer._toJsonObject(self.status),
			task: BackgroundTaskTypeSerializer._toJsonObject(self.task),
			updatedAt: self.updatedAt
		};
	}
};
//#endregion
//#region src/api/statistics.ts
var Statistics = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/**
	* Creates a background task to calculate the listed event types for all apps in the organization.
	*
	* Note that this endpoint is asynchronous. You will need to poll the `Get Background Task` endpoint to
	* retrieve the results of the operation.
	*
	* The completed background task will return a payload like the following:
	* ```json
	* {
	*   "id": "qtask_33qe39Stble9Rn3ZxFrqL5ZSsjT",
	*   "status": "finished",
	*   "task": "event-type.aggregate",
	*   "data": {
	*     "event_types": [
	*       {
	*         "appId": "app_33W1An2Zz5cO9SWbhHsYyDmVC6m",
	*         "explicitlySubscribedEventTypes": ["user.signup", "user.deleted"],
	*         "hasCatchAllEndpoint": false
	*       }
	*     ]
	*   }
	* }
	* ```
	*/
	async aggregateEventTypes() {
		return await new SvixRequest("PUT", "/api/v1/stats/usage/event-types").send(this.requestCtx, AggregateEventTypesOutSerializer._fromJsonObject);
	}
	/**
	* Creates a background task to calculate the number of message attempts (`messageDestinations`) made for all applications in the environment.
	*
	* Note that this endpoint is asynchronous. You will need to poll the `Get Background Task` endpoint to
	* retrieve the results of the operation.
	*
	* The completed background task will return a payload like the following:
	* ```json
	* {
	*   "id": "qtask_33qe39Stble9Rn3ZxFrqL5ZSsjT",
	*   "status": "finished",
	*   "task": "application.stats",
	*   "data": {
	*     "appStats": [
	*       {
	*         "messageDestinations": 2,
	*         "appId": "app_33W1An2Zz5cO9SWbhHsYyDmVC6m",
	*         "appUid": null
	*       }
	*     ]
	*   }
	* }
	* ```
	*/
	async aggregateAppStats(appUsageStatsIn, options) {
		const request = new SvixRequest("POST", "/api/v1/stats/usage/app");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(AppUsageStatsInSerializer._toJsonObject(appUsageStatsIn));
		return await request.send(this.requestCtx, AppUsageStatsOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/httpSinkHeadersPatchIn.ts
const HttpSinkHeadersPatchInSerializer = {
	_fromJsonObject(object) {
		return { headers: object["headers"] };
	},
	_toJsonObject(self) {
		return { headers: self.headers };
	}
};
//#endregion
//#region src/models/streamEventTypeOut.ts
const StreamEventTypeOutSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			description: object["description"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			deprecated: object["deprecated"],
			archived: object["archived"],
			featureFlags: object["featureFlags"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			description: self.description,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			deprecated: self.deprecated,
			archived: self.archived,
			featureFlags: self.featureFlags
		};
	}
};
//#endregion
//#region src/models/listResponseStreamEventTypeOut.ts
const ListResponseStreamEventTypeOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => StreamEventTypeOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => StreamEventTypeOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/streamEventTypeIn.ts
const StreamEventTypeInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			description: object["description"],
			featureFlags: object["featureFlags"],
			deprecated: object["deprecated"],
			archived: object["archived"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			description: self.description,
			featureFlags: self.featureFlags,
			deprecated: self.deprecated,
			archived: self.archived
		};
	}
};
//#endregion
//#region src/models/streamEventTypePatch.ts
const StreamEventTypePatchSerializer = {
	_fromJsonObject(object) {
		return {
			description: object["description"],
			featureFlags: object["featureFlags"],
			deprecated: object["deprecated"],
			archived: object["archived"]
		};
	},
	_toJsonObject(self) {
		return {
			description: self.description,
			featureFlags: self.featureFlags,
			deprecated: self.deprecated,
			archived: self.archived
		};
	}
};
//#endregion
//#region src/api/streamingEventType.ts
var StreamingEventType = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List of all the organization's event types for streaming. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/stream/event-type");
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order,
			include_archived: options?.includeArchived
		});
		return await request.send(this.requestCtx, ListResponseStreamEventTypeOutSerializer._fromJsonObject);
	}
	/** Create an event type for Streams. */
	async create(streamEventTypeIn, options) {
		const request = new SvixRequest("POST", "/api/v1/stream/event-type");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(StreamEventTypeInSerializer._toJsonObject(streamEventTypeIn));
		return await request.send(this.requestCtx, StreamEventTypeOutSerializer._fromJsonObject);
	}
	/** Get an event type. */
	async get(name) {
		const request = new SvixRequest("GET", "/api/v1/stream/event-type/{name}");
		request.setPathParam("name", name);
		return await request.send(this.requestCtx, StreamEventTypeOutSerializer._fromJsonObject);
	}
	/** Create or update or create a event type for Streams. */
	async upsert(name, streamEventTypeIn) {
		const request = new SvixRequest("PUT", "/api/v1/stream/event-type/{name}");
		request.setPathParam("name", name);
		request.setBody(StreamEventTypeInSerializer._toJsonObject(streamEventTypeIn));
		return await request.send(this.requestCtx, StreamEventTypeOutSerializer._fromJsonObject);
	}
	/** Delete an event type. */
	async delete(name, options) {
		const request = new SvixRequest("DELETE", "/api/v1/stream/event-type/{name}");
		request.setPathParam("name", name);
		request.setQueryParams({ expunge: options?.expunge });
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Patch an event type for Streams. */
	async patch(name, streamEventTypePatch) {
		const request = new SvixRequest("PATCH", "/api/v1/stream/event-type/{name}");
		request.setPathParam("name", name);
		request.setBody(StreamEventTypePatchSerializer._toJsonObject(streamEventTypePatch));
		return await request.send(this.requestCtx, StreamEventTypeOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/eventIn.ts
const EventInSerializer = {
	_fromJsonObject(object) {
		return {
			eventType: object["eventType"],
			payload: object["payload"]
		};
	},
	_toJsonObject(self) {
		return {
			eventType: self.eventType,
			payload: self.payload
		};
	}
};
//#endregion
//#region src/models/streamIn.ts
const StreamInSerializer = {
	_fromJsonObject(object) {
		return {
			name: object["name"],
			uid: object["uid"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			name: self.name,
			uid: self.uid,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/createStreamEventsIn.ts
const CreateStreamEventsInSerializer = {
	_fromJsonObject(object) {
		return {
			events: object["events"].map((item) => EventInSerializer._fromJsonObject(item)),
			stream: object["stream"] != null ? StreamInSerializer._fromJsonObject(object["stream"]) : void 0
		};
	},
	_toJsonObject(self) {
		return {
			events: self.events.map((item) => EventInSerializer._toJsonObject(item)),
			stream: self.stream != null ? StreamInSerializer._toJsonObject(self.stream) : void 0
		};
	}
};
//#endregion
//#region src/models/createStreamEventsOut.ts
const CreateStreamEventsOutSerializer = {
	_fromJsonObject(_object) {
		return {};
	},
	_toJsonObject(_self) {
		return {};
	}
};
//#endregion
//#region src/models/eventOut.ts
const EventOutSerializer = {
	_fromJsonObject(object) {
		return {
			eventType: object["eventType"],
			payload: object["payload"],
			timestamp: new Date(object["timestamp"])
		};
	},
	_toJsonObject(self) {
		return {
			eventType: self.eventType,
			payload: self.payload,
			timestamp: self.timestamp
		};
	}
};
//#endregion
//#region src/models/eventStreamOut.ts
const EventStreamOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => EventOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => EventOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/api/streamingEvents.ts
var StreamingEvents = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/**
	* Iterate over a stream of events.
	*
	* The sink must be of type `poller` to use the poller endpoint.
	*/
	async get(streamId, sinkId, options) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}/sink/{sink_id}/events");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			after: options?.after
		});
		return await request.send(this.requestCtx, EventStreamOutSerializer._fromJsonObject);
	}
	/** Creates events on the Stream. */
	async create(streamId, createStreamEventsIn, options) {
		const request = new SvixRequest("POST", "/api/v1/stream/{stream_id}/events");
		request.setPathParam("stream_id", streamId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(CreateStreamEventsInSerializer._toJsonObject(createStreamEventsIn));
		return await request.send(this.requestCtx, CreateStreamEventsOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/sinkStatus.ts
let SinkStatus = /* @__PURE__ */ function(SinkStatus) {
	SinkStatus["Enabled"] = "enabled";
	SinkStatus["Paused"] = "paused";
	SinkStatus["Disabled"] = "disabled";
	SinkStatus["Retrying"] = "retrying";
	return SinkStatus;
}({});
const SinkStatusSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/streamSinkOut.ts
const StreamSinkOutSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "poller": return {};
				case "pollingEndpoint": return {};
				case "azureBlobStorage": return AzureBlobStorageConfigOutSerializer._fromJsonObject(object["config"]);
				case "otelTracing": return OtelTracingConfigOutSerializer._fromJsonObject(object["config"]);
				case "http": return SinkHttpConfigOutSerializer._fromJsonObject(object["config"]);
				case "amazonS3": return S3ConfigOutSerializer._fromJsonObject(object["config"]);
				case "snowflake": return SnowflakeConfigOutSerializer._fromJsonObject(object["config"]);
				case "googleCloudStorage": return GoogleCloudStorageConfigOutSerializer._fromJsonObject(object["config"]);
				case "googleCloudPubSub": return GoogleCloudPubSubConfigOutSerializer._fromJsonObject(object["config"]);
				case "redshift": return RedshiftConfigOutSerializer._fromJsonObject(object["config"]);
				case "bigQuery": return BigQueryConfigOutSerializer._fromJsonObject(object["config"]);
				case "clickhouse": return ClickhouseConfigOutSerializer._fromJsonObject(object["config"]);
				case "rabbitMq": return RabbitMqConfigOutSerializer._fromJsonObject(object["config"]);
				case "sqs": return SqsConfigOutSerializer._fromJsonObject(object["config"]);
				case "eventBridge": return EventBridgeConfigOutSerializer._fromJsonObject(object["config"]);
				case "sns": return SnsConfigOutSerializer._fromJsonObject(object["config"]);
				case "postgres": return PostgresConfigOutSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			id: object["id"],
			uid: object["uid"],
			status: SinkStatusSerializer._fromJsonObject(object["status"]),
			currentIterator: object["currentIterator"],
			failureReason: object["failureReason"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			batchSize: object["batchSize"],
			maxWaitSecs: object["maxWaitSecs"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			nextRetryAt: object["nextRetryAt"] ? new Date(object["nextRetryAt"]) : null,
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "poller":
				config = {};
				break;
			case "pollingEndpoint":
				config = {};
				break;
			case "azureBlobStorage":
				config = AzureBlobStorageConfigOutSerializer._toJsonObject(self.config);
				break;
			case "otelTracing":
				config = OtelTracingConfigOutSerializer._toJsonObject(self.config);
				break;
			case "http":
				config = SinkHttpConfigOutSerializer._toJsonObject(self.config);
				break;
			case "amazonS3":
				config = S3ConfigOutSerializer._toJsonObject(self.config);
				break;
			case "snowflake":
				config = SnowflakeConfigOutSerializer._toJsonObject(self.config);
				break;
			case "googleCloudStorage":
				config = GoogleCloudStorageConfigOutSerializer._toJsonObject(self.config);
				break;
			case "googleCloudPubSub":
				config = GoogleCloudPubSubConfigOutSerializer._toJsonObject(self.config);
				break;
			case "redshift":
				config = RedshiftConfigOutSerializer._toJsonObject(self.config);
				break;
			case "bigQuery":
				config = BigQueryConfigOutSerializer._toJsonObject(self.config);
				break;
			case "clickhouse":
				config = ClickhouseConfigOutSerializer._toJsonObject(self.config);
				break;
			case "rabbitMq":
				config = RabbitMqConfigOutSerializer._toJsonObject(self.config);
				break;
			case "sqs":
				config = SqsConfigOutSerializer._toJsonObject(self.config);
				break;
			case "eventBridge":
				config = EventBridgeConfigOutSerializer._toJsonObject(self.config);
				break;
			case "sns":
				config = SnsConfigOutSerializer._toJsonObject(self.config);
				break;
			case "postgres":
				config = PostgresConfigOutSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			id: self.id,
			uid: self.uid,
			status: SinkStatusSerializer._toJsonObject(self.status),
			currentIterator: self.currentIterator,
			failureReason: self.failureReason,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			batchSize: self.batchSize,
			maxWaitSecs: self.maxWaitSecs,
			eventTypes: self.eventTypes,
			channels: self.channels,
			nextRetryAt: self.nextRetryAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseStreamSinkOut.ts
const ListResponseStreamSinkOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => StreamSinkOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => StreamSinkOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/sinkSecretOut.ts
const SinkSecretOutSerializer = {
	_fromJsonObject(object) {
		return { key: object["key"] };
	},
	_toJsonObject(self) {
		return { key: self.key };
	}
};
//#endregion
//#region src/models/sinkHttpConfigIn.ts
const SinkHttpConfigInSerializer = {
	_fromJsonObject(object) {
		return {
			url: object["url"],
			headers: object["headers"],
			key: object["key"]
		};
	},
	_toJsonObject(self) {
		return {
			url: self.url,
			headers: self.headers,
			key: self.key
		};
	}
};
//#endregion
//#region src/models/sinkStatusIn.ts
let SinkStatusIn = /* @__PURE__ */ function(SinkStatusIn) {
	SinkStatusIn["Enabled"] = "enabled";
	SinkStatusIn["Disabled"] = "disabled";
	return SinkStatusIn;
}({});
const SinkStatusInSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/streamSinkIn.ts
const StreamSinkInSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "poller": return {};
				case "azureBlobStorage": return AzureBlobStorageConfigInSerializer._fromJsonObject(object["config"]);
				case "otelTracing": return OtelTracingConfigInSerializer._fromJsonObject(object["config"]);
				case "http": return SinkHttpConfigInSerializer._fromJsonObject(object["config"]);
				case "amazonS3": return S3ConfigInSerializer._fromJsonObject(object["config"]);
				case "googleCloudStorage": return GoogleCloudStorageConfigInSerializer._fromJsonObject(object["config"]);
				case "googleCloudPubSub": return GoogleCloudPubSubConfigInSerializer._fromJsonObject(object["config"]);
				case "sqs": return SqsConfigInSerializer._fromJsonObject(object["config"]);
				case "sns": return SnsConfigInSerializer._fromJsonObject(object["config"]);
				case "bigQuery": return BigQueryConfigInSerializer._fromJsonObject(object["config"]);
				case "clickhouse": return ClickhouseConfigInSerializer._fromJsonObject(object["config"]);
				case "eventBridge": return EventBridgeConfigInSerializer._fromJsonObject(object["config"]);
				case "snowflake": return SnowflakeConfigInSerializer._fromJsonObject(object["config"]);
				case "rabbitMq": return RabbitMqConfigInSerializer._fromJsonObject(object["config"]);
				case "redshift": return RedshiftConfigInSerializer._fromJsonObject(object["config"]);
				case "postgres": return PostgresConfigInSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			uid: object["uid"],
			status: object["status"] != null ? SinkStatusInSerializer._fromJsonObject(object["status"]) : void 0,
			batchSize: object["batchSize"],
			maxWaitSecs: object["maxWaitSecs"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "poller":
				config = {};
				break;
			case "azureBlobStorage":
				config = AzureBlobStorageConfigInSerializer._toJsonObject(self.config);
				break;
			case "otelTracing":
				config = OtelTracingConfigInSerializer._toJsonObject(self.config);
				break;
			case "http":
				config = SinkHttpConfigInSerializer._toJsonObject(self.config);
				break;
			case "amazonS3":
				config = S3ConfigInSerializer._toJsonObject(self.config);
				break;
			case "googleCloudStorage":
				config = GoogleCloudStorageConfigInSerializer._toJsonObject(self.config);
				break;
			case "googleCloudPubSub":
				config = GoogleCloudPubSubConfigInSerializer._toJsonObject(self.config);
				break;
			case "sqs":
				config = SqsConfigInSerializer._toJsonObject(self.config);
				break;
			case "sns":
				config = SnsConfigInSerializer._toJsonObject(self.config);
				break;
			case "bigQuery":
				config = BigQueryConfigInSerializer._toJsonObject(self.config);
				break;
			case "clickhouse":
				config = ClickhouseConfigInSerializer._toJsonObject(self.config);
				break;
			case "eventBridge":
				config = EventBridgeConfigInSerializer._toJsonObject(self.config);
				break;
			case "snowflake":
				config = SnowflakeConfigInSerializer._toJsonObject(self.config);
				break;
			case "rabbitMq":
				config = RabbitMqConfigInSerializer._toJsonObject(self.config);
				break;
			case "redshift":
				config = RedshiftConfigInSerializer._toJsonObject(self.config);
				break;
			case "postgres":
				config = PostgresConfigInSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			uid: self.uid,
			status: self.status != null ? SinkStatusInSerializer._toJsonObject(self.status) : void 0,
			batchSize: self.batchSize,
			maxWaitSecs: self.maxWaitSecs,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/streamSinkPatch.ts
const StreamSinkPatchSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "poller": return {};
				case "azureBlobStorage": return AzureBlobStorageConfigPatchSerializer._fromJsonObject(object["config"]);
				case "otelTracing": return OtelTracingConfigPatchSerializer._fromJsonObject(object["config"]);
				case "http": return SinkHttpConfigPatchSerializer._fromJsonObject(object["config"]);
				case "amazonS3": return S3ConfigPatchSerializer._fromJsonObject(object["config"]);
				case "googleCloudStorage": return GoogleCloudStorageConfigPatchSerializer._fromJsonObject(object["config"]);
				case "googleCloudPubSub": return GoogleCloudPubSubConfigPatchSerializer._fromJsonObject(object["config"]);
				case "sqs": return SqsConfigPatchSerializer._fromJsonObject(object["config"]);
				case "sns": return SnsConfigPatchSerializer._fromJsonObject(object["config"]);
				case "bigQuery": return BigQueryConfigPatchSerializer._fromJsonObject(object["config"]);
				case "clickhouse": return ClickhouseConfigPatchSerializer._fromJsonObject(object["config"]);
				case "eventBridge": return EventBridgeConfigPatchSerializer._fromJsonObject(object["config"]);
				case "snowflake": return SnowflakeConfigPatchSerializer._fromJsonObject(object["config"]);
				case "rabbitMq": return RabbitMqConfigPatchSerializer._fromJsonObject(object["config"]);
				case "redshift": return RedshiftConfigPatchSerializer._fromJsonObject(object["config"]);
				case "postgres": return PostgresConfigPatchSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type),
			uid: object["uid"],
			status: object["status"] != null ? SinkStatusInSerializer._fromJsonObject(object["status"]) : void 0,
			batchSize: object["batchSize"],
			maxWaitSecs: object["maxWaitSecs"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "poller":
				config = {};
				break;
			case "azureBlobStorage":
				config = AzureBlobStorageConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "otelTracing":
				config = OtelTracingConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "http":
				config = SinkHttpConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "amazonS3":
				config = S3ConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "googleCloudStorage":
				config = GoogleCloudStorageConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "googleCloudPubSub":
				config = GoogleCloudPubSubConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "sqs":
				config = SqsConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "sns":
				config = SnsConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "bigQuery":
				config = BigQueryConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "clickhouse":
				config = ClickhouseConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "eventBridge":
				config = EventBridgeConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "snowflake":
				config = SnowflakeConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "rabbitMq":
				config = RabbitMqConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "redshift":
				config = RedshiftConfigPatchSerializer._toJsonObject(self.config);
				break;
			case "postgres":
				config = PostgresConfigPatchSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config,
			uid: self.uid,
			status: self.status != null ? SinkStatusInSerializer._toJsonObject(self.status) : void 0,
			batchSize: self.batchSize,
			maxWaitSecs: self.maxWaitSecs,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/sinkTransformIn.ts
const SinkTransformInSerializer = {
	_fromJsonObject(object) {
		return { code: object["code"] };
	},
	_toJsonObject(self) {
		return { code: self.code };
	}
};
//#endregion
//#region src/models/sinkTransformationOut.ts
const SinkTransformationOutSerializer = {
	_fromJsonObject(object) {
		return {
			code: object["code"],
			enabled: object["enabled"]
		};
	},
	_toJsonObject(self) {
		return {
			code: self.code,
			enabled: self.enabled
		};
	}
};
//#endregion
//#region src/api/streamingSinkTransformation.ts
var StreamingSinkTransformation = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Get the transformation code associated with this sink. */
	async get(streamId, sinkId) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}/sink/{sink_id}/transformation");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		return await request.send(this.requestCtx, SinkTransformationOutSerializer._fromJsonObject);
	}
	/** Set or unset the transformation code associated with this sink. */
	async patch(streamId, sinkId, sinkTransformIn = {}) {
		const request = new SvixRequest("PATCH", "/api/v1/stream/{stream_id}/sink/{sink_id}/transformation");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setBody(SinkTransformInSerializer._toJsonObject(sinkTransformIn));
		return await request.send(this.requestCtx, EmptyResponseSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api/streamingSink.ts
var StreamingSink = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get transformation() {
		return new StreamingSinkTransformation(this.requestCtx);
	}
	/** List of all the stream's sinks. */
	async list(streamId, options) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}/sink");
		request.setPathParam("stream_id", streamId);
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseStreamSinkOutSerializer._fromJsonObject);
	}
	/** Creates a new sink. */
	async create(streamId, streamSinkIn, options) {
		const request = new SvixRequest("POST", "/api/v1/stream/{stream_id}/sink");
		request.setPathParam("stream_id", streamId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(StreamSinkInSerializer._toJsonObject(streamSinkIn));
		return await request.send(this.requestCtx, StreamSinkOutSerializer._fromJsonObject);
	}
	/** Get a sink by id or uid. */
	async get(streamId, sinkId) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}/sink/{sink_id}");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		return await request.send(this.requestCtx, StreamSinkOutSerializer._fromJsonObject);
	}
	/** Create or update a sink. */
	async upsert(streamId, sinkId, streamSinkIn) {
		const request = new SvixRequest("PUT", "/api/v1/stream/{stream_id}/sink/{sink_id}");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setBody(StreamSinkInSerializer._toJsonObject(streamSinkIn));
		return await request.send(this.requestCtx, StreamSinkOutSerializer._fromJsonObject);
	}
	/** Delete a sink. */
	async delete(streamId, sinkId) {
		const request = new SvixRequest("DELETE", "/api/v1/stream/{stream_id}/sink/{sink_id}");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update a sink. */
	async patch(streamId, sinkId, streamSinkPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/stream/{stream_id}/sink/{sink_id}");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setBody(StreamSinkPatchSerializer._toJsonObject(streamSinkPatch));
		return await request.send(this.requestCtx, StreamSinkOutSerializer._fromJsonObject);
	}
	/**
	* Get the sink's signing secret (only supported for http sinks)
	*
	* This is used to verify the authenticity of the delivery.
	*
	* For more information please refer to [the consuming webhooks docs](https://docs.svix.com/consuming-webhooks/).
	*/
	async getSecret(streamId, sinkId) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}/sink/{sink_id}/secret");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		return await request.send(this.requestCtx, SinkSecretOutSerializer._fromJsonObject);
	}
	/** Rotates the signing secret (only supported for http sinks). */
	async rotateSecret(streamId, sinkId, endpointSecretRotateIn = {}, options) {
		const request = new SvixRequest("POST", "/api/v1/stream/{stream_id}/sink/{sink_id}/secret/rotate");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(EndpointSecretRotateInSerializer._toJsonObject(endpointSecretRotateIn));
		return await request.send(this.requestCtx, EmptyResponseSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/streamOut.ts
const StreamOutSerializer = {
	_fromJsonObject(object) {
		return {
			id: object["id"],
			uid: object["uid"],
			name: object["name"],
			createdAt: new Date(object["createdAt"]),
			updatedAt: new Date(object["updatedAt"]),
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			id: self.id,
			uid: self.uid,
			name: self.name,
			createdAt: self.createdAt,
			updatedAt: self.updatedAt,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/listResponseStreamOut.ts
const ListResponseStreamOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => StreamOutSerializer._fromJsonObject(item)),
			iterator: object["iterator"],
			prevIterator: object["prevIterator"],
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => StreamOutSerializer._toJsonObject(item)),
			iterator: self.iterator,
			prevIterator: self.prevIterator,
			done: self.done
		};
	}
};
//#endregion
//#region src/models/streamPatch.ts
const StreamPatchSerializer = {
	_fromJsonObject(object) {
		return {
			description: object["description"],
			uid: object["uid"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			description: self.description,
			uid: self.uid,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/api/streamingStream.ts
var StreamingStream = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** List of all the organization's streams. */
	async list(options) {
		const request = new SvixRequest("GET", "/api/v1/stream");
		request.setQueryParams({
			limit: options?.limit,
			iterator: options?.iterator,
			order: options?.order
		});
		return await request.send(this.requestCtx, ListResponseStreamOutSerializer._fromJsonObject);
	}
	/** Creates a new stream. */
	async create(streamIn, options) {
		const request = new SvixRequest("POST", "/api/v1/stream");
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(StreamInSerializer._toJsonObject(streamIn));
		return await request.send(this.requestCtx, StreamOutSerializer._fromJsonObject);
	}
	/** Get a stream by id or uid. */
	async get(streamId) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}");
		request.setPathParam("stream_id", streamId);
		return await request.send(this.requestCtx, StreamOutSerializer._fromJsonObject);
	}
	/** Create or update a stream. */
	async upsert(streamId, streamIn) {
		const request = new SvixRequest("PUT", "/api/v1/stream/{stream_id}");
		request.setPathParam("stream_id", streamId);
		request.setBody(StreamInSerializer._toJsonObject(streamIn));
		return await request.send(this.requestCtx, StreamOutSerializer._fromJsonObject);
	}
	/** Delete a stream. */
	async delete(streamId) {
		const request = new SvixRequest("DELETE", "/api/v1/stream/{stream_id}");
		request.setPathParam("stream_id", streamId);
		return await request.sendNoResponseBody(this.requestCtx);
	}
	/** Partially update a stream. */
	async patch(streamId, streamPatch) {
		const request = new SvixRequest("PATCH", "/api/v1/stream/{stream_id}");
		request.setPathParam("stream_id", streamId);
		request.setBody(StreamPatchSerializer._toJsonObject(streamPatch));
		return await request.send(this.requestCtx, StreamOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api/streaming.ts
var Streaming = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get eventType() {
		return new StreamingEventType(this.requestCtx);
	}
	get events() {
		return new StreamingEvents(this.requestCtx);
	}
	get sink() {
		return new StreamingSink(this.requestCtx);
	}
	get stream() {
		return new StreamingStream(this.requestCtx);
	}
	/**
	* Get the HTTP sink headers.
	*
	* Only valid for `http` or `otelTracing` sinks.
	*/
	async sinkHeadersGet(streamId, sinkId) {
		const request = new SvixRequest("GET", "/api/v1/stream/{stream_id}/sink/{sink_id}/headers");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		return await request.send(this.requestCtx, EndpointHeadersOutSerializer._fromJsonObject);
	}
	/**
	* Updates the Sink's headers.
	*
	* Only valid for `http` or `otelTracing` sinks.
	*/
	async sinkHeadersPatch(streamId, sinkId, httpSinkHeadersPatchIn) {
		const request = new SvixRequest("PATCH", "/api/v1/stream/{stream_id}/sink/{sink_id}/headers");
		request.setPathParam("stream_id", streamId);
		request.setPathParam("sink_id", sinkId);
		request.setBody(HttpSinkHeadersPatchInSerializer._toJsonObject(httpSinkHeadersPatchIn));
		return await request.send(this.requestCtx, EndpointHeadersOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/HttpErrors.ts
var HttpErrorOut = class HttpErrorOut {
	code;
	detail;
	static discriminator = void 0;
	static mapping = void 0;
	static attributeTypeMap = [{
		name: "code",
		baseName: "code",
		type: "string",
		format: ""
	}, {
		name: "detail",
		baseName: "detail",
		type: "string",
		format: ""
	}];
	static getAttributeTypeMap() {
		return HttpErrorOut.attributeTypeMap;
	}
};
/**
* Validation errors have their own schema to provide context for invalid requests eg. mismatched types and out of bounds values. There may be any number of these per 422 UNPROCESSABLE ENTITY error.
*/
var ValidationError = class ValidationError {
	/**
	* The location as a [`Vec`] of [`String`]s -- often in the form `[\"body\", \"field_name\"]`, `[\"query\", \"field_name\"]`, etc. They may, however, be arbitrarily deep.
	*/
	loc;
	/**
	* The message accompanying the validation error item.
	*/
	msg;
	/**
	* The type of error, often \"type_error\" or \"value_error\", but sometimes with more context like as \"value_error.number.not_ge\"
	*/
	type;
	static discriminator = void 0;
	static mapping = void 0;
	static attributeTypeMap = [
		{
			name: "loc",
			baseName: "loc",
			type: "Array<string>",
			format: ""
		},
		{
			name: "msg",
			baseName: "msg",
			type: "string",
			format: ""
		},
		{
			name: "type",
			baseName: "type",
			type: "string",
			format: ""
		}
	];
	static getAttributeTypeMap() {
		return ValidationError.attributeTypeMap;
	}
};
var HTTPValidationError = class HTTPValidationError {
	detail;
	static discriminator = void 0;
	static mapping = void 0;
	static attributeTypeMap = [{
		name: "detail",
		baseName: "detail",
		type: "Array<ValidationError>",
		format: ""
	}];
	static getAttributeTypeMap() {
		return HTTPValidationError.attributeTypeMap;
	}
};
//#endregion
//#region src/webhook.ts
var Webhook = class {
	inner;
	constructor(secret, options) {
		this.inner = new standardwebhooks__WEBPACK_IMPORTED_MODULE_0__/* .Webhook */ .KD(secret, options);
	}
	verify(payload, headers_) {
		const headers = {};
		for (const key of Object.keys(headers_)) headers[key.toLowerCase()] = headers_[key];
		headers["webhook-id"] = headers["svix-id"] ?? headers["webhook-id"] ?? "";
		headers["webhook-signature"] = headers["svix-signature"] ?? headers["webhook-signature"] ?? "";
		headers["webhook-timestamp"] = headers["svix-timestamp"] ?? headers["webhook-timestamp"] ?? "";
		this.inner.verify(payload, headers, { jsonParse: false });
	}
	sign(msgId, timestamp, payload) {
		return this.inner.sign(msgId, timestamp, payload);
	}
};
//#endregion
//#region src/models/ordering.ts
/** Defines the ordering in a listing of results. */
let Ordering = /* @__PURE__ */ function(Ordering) {
	Ordering["Ascending"] = "ascending";
	Ordering["Descending"] = "descending";
	return Ordering;
}({});
//#endregion
//#region src/api_internal/index.ts
var SvixInternal = class {
	requestCtx;
	constructor(token, options = {}) {
		this.requestCtx = createSvixRequestContext(token, options);
	}
	getRequestCtx() {
		return this.requestCtx;
	}
};
//#endregion
//#region src/models/status.ts
const StatusSerializer = {
	_fromJsonObject(object) {
		return object;
	},
	_toJsonObject(self) {
		return self;
	}
};
//#endregion
//#region src/models/autoConfigSubscriptionOut.ts
const AutoConfigSubscriptionOutSerializer = {
	_fromJsonObject(object) {
		return {
			createdAt: new Date(object["createdAt"]),
			tokenCensored: object["tokenCensored"],
			id: object["id"],
			endpId: object["endpId"],
			destId: object["destId"],
			status: StatusSerializer._fromJsonObject(object["status"])
		};
	},
	_toJsonObject(self) {
		return {
			createdAt: self.createdAt,
			tokenCensored: self.tokenCensored,
			id: self.id,
			endpId: self.endpId,
			destId: self.destId,
			status: StatusSerializer._toJsonObject(self.status)
		};
	}
};
//#endregion
//#region src/api_internal/autoconfigSubscriptionDestination.ts
var AutoconfigSubscriptionDestination = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Create or update the destination for an AutoConfig subscription. */
	async subscribe(appId, autoconfigId, destinationIn) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/autoconfig/{autoconfig_id}/destination");
		request.setPathParam("app_id", appId);
		request.setPathParam("autoconfig_id", autoconfigId);
		request.setBody(DestinationInSerializer._toJsonObject(destinationIn));
		return await request.send(this.requestCtx, DestinationOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api_internal/autoconfigSubscriptionEndpoint.ts
var AutoconfigSubscriptionEndpoint = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Create or update the HTTP endpoint for an AutoConfig subscription. */
	async subscribe(appId, autoconfigId, endpointIn) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/autoconfig/{autoconfig_id}/endpoint");
		request.setPathParam("app_id", appId);
		request.setPathParam("autoconfig_id", autoconfigId);
		request.setBody(EndpointInSerializer._toJsonObject(endpointIn));
		return await request.send(this.requestCtx, EndpointOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api_internal/autoconfigSubscription.ts
var AutoconfigSubscription = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get destination() {
		return new AutoconfigSubscriptionDestination(this.requestCtx);
	}
	get endpoint() {
		return new AutoconfigSubscriptionEndpoint(this.requestCtx);
	}
	/** Get an AutoConfig subscription, including the bound endpoint or destination if any. */
	async get(appId, autoconfigId) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/autoconfig/{autoconfig_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("autoconfig_id", autoconfigId);
		return await request.send(this.requestCtx, AutoConfigSubscriptionOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/models/sinkInCommon.ts
const SinkInCommonSerializer = {
	_fromJsonObject(object) {
		return {
			description: object["description"],
			throttleRate: object["throttleRate"],
			uid: object["uid"],
			secret: object["secret"],
			disabled: object["disabled"],
			eventTypes: object["eventTypes"],
			channels: object["channels"],
			metadata: object["metadata"]
		};
	},
	_toJsonObject(self) {
		return {
			description: self.description,
			throttleRate: self.throttleRate,
			uid: self.uid,
			secret: self.secret,
			disabled: self.disabled,
			eventTypes: self.eventTypes,
			channels: self.channels,
			metadata: self.metadata
		};
	}
};
//#endregion
//#region src/models/autoConfigSinkType.ts
const AutoConfigSinkTypeSerializer = {
	_fromJsonObject(object) {
		const type = object["type"];
		function getConfig(type) {
			switch (type) {
				case "poller": return SinkInCommonSerializer._fromJsonObject(object["config"]);
				case "http": return EndpointInSerializer._fromJsonObject(object["config"]);
				default: throw new Error(`Unexpected type: ${type}`);
			}
		}
		return {
			type,
			config: getConfig(type)
		};
	},
	_toJsonObject(self) {
		let config;
		switch (self.type) {
			case "poller":
				config = SinkInCommonSerializer._toJsonObject(self.config);
				break;
			case "http":
				config = EndpointInSerializer._toJsonObject(self.config);
				break;
		}
		return {
			type: self.type,
			config
		};
	}
};
//#endregion
//#region src/models/subscribeIn.ts
const SubscribeInSerializer = {
	_fromJsonObject(object) {
		return {
			endpoint: object["endpoint"] != null ? EndpointInSerializer._fromJsonObject(object["endpoint"]) : void 0,
			sink: object["sink"] != null ? AutoConfigSinkTypeSerializer._fromJsonObject(object["sink"]) : void 0
		};
	},
	_toJsonObject(self) {
		return {
			endpoint: self.endpoint != null ? EndpointInSerializer._toJsonObject(self.endpoint) : void 0,
			sink: self.sink != null ? AutoConfigSinkTypeSerializer._toJsonObject(self.sink) : void 0
		};
	}
};
//#endregion
//#region src/api_internal/endpointAutoConfigDeprecated.ts
var EndpointAutoConfigDeprecated = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Update an auto-config endpoint by providing endpoint details. */
	async update(appId, endpointId, subscribeIn = {}) {
		const request = new SvixRequest("PUT", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/auto-config");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(SubscribeInSerializer._toJsonObject(subscribeIn));
		return await request.send(this.requestCtx, EndpointOutSerializer._fromJsonObject);
	}
};
//#endregion
//#region src/api_internal/endpoint.ts
var Endpoint = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	get autoConfigDeprecated() {
		return new EndpointAutoConfigDeprecated(this.requestCtx);
	}
	/**
	* This operation was renamed to `set-transformation`.
	*
	* @deprecated
	*/
	async transformationPartialUpdate(appId, endpointId, endpointTransformationIn = {}) {
		const request = new SvixRequest("PATCH", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/transformation");
		request.setPathParam("app_id", appId);
		request.setPathParam("endpoint_id", endpointId);
		request.setBody(EndpointTransformationInSerializer._toJsonObject(endpointTransformationIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/autoconfig.ts
const AUTOCONFIG_TOKEN_PREFIX_V1 = "auto_v1_";
const AUTOCONFIG_TOKEN_PREFIX_V2 = "auto_v2_";
const UNSUPPORTED_TOKEN_VERSION = "Unsupported token version. You might need to update the Svix SDK to use this token";
var AutoConfigError = class extends Error {
	constructor(message = "invalid token") {
		super(message);
		this.name = "AutoConfigError";
	}
};
function isAutoConfigTokenContentV1(value) {
	if (typeof value !== "object" || value === null) return false;
	const { aid, eid, surl, esec, tok } = value;
	return typeof aid === "string" && typeof eid === "string" && typeof surl === "string" && typeof esec === "string" && typeof tok === "string";
}
function isAutoConfigTokenContentV2(value) {
	if (typeof value !== "object" || value === null) return false;
	const { aid, sid, surl, esec, tok } = value;
	return typeof aid === "string" && typeof sid === "string" && typeof surl === "string" && typeof esec === "string" && typeof tok === "string";
}
function parseTokenPayload(token, prefix) {
	if (!token.startsWith(prefix)) throw new AutoConfigError(UNSUPPORTED_TOKEN_VERSION);
	try {
		return JSON.parse(Buffer.from(token.slice(prefix.length), "base64").toString("utf8"));
	} catch {
		throw new AutoConfigError();
	}
}
function decodeAutoconfigTokenV1(token) {
	const parsed = parseTokenPayload(token, AUTOCONFIG_TOKEN_PREFIX_V1);
	if (!isAutoConfigTokenContentV1(parsed)) throw new AutoConfigError();
	return parsed;
}
function decodeAutoconfigTokenV2(token) {
	const parsed = parseTokenPayload(token, AUTOCONFIG_TOKEN_PREFIX_V2);
	if (!isAutoConfigTokenContentV2(parsed)) throw new AutoConfigError();
	return parsed;
}
function decodeAutoconfigToken(token) {
	if (token.startsWith(AUTOCONFIG_TOKEN_PREFIX_V1)) return {
		version: "v1",
		content: decodeAutoconfigTokenV1(token)
	};
	if (token.startsWith(AUTOCONFIG_TOKEN_PREFIX_V2)) return {
		version: "v2",
		content: decodeAutoconfigTokenV2(token)
	};
	throw new AutoConfigError(UNSUPPORTED_TOKEN_VERSION);
}
var AutoConfig = class {
	appId;
	webhook;
	requestCtx;
	endpointIn;
	endpointId;
	autoconfigId;
	constructor(token, endpoint) {
		const decoded = decodeAutoconfigToken(token);
		let webhook;
		try {
			webhook = new Webhook(decoded.content.esec);
		} catch {
			throw new AutoConfigError();
		}
		this.appId = decoded.content.aid;
		this.endpointIn = endpoint;
		this.webhook = webhook;
		if (decoded.version === "v1") this.endpointId = decoded.content.eid;
		else this.autoconfigId = decoded.content.sid;
		const svix = new SvixInternal(decoded.content.tok, { serverUrl: decoded.content.surl });
		this.requestCtx = svix.getRequestCtx();
	}
	subscribe() {
		const endpoint = new Endpoint(this.requestCtx);
		if (this.autoconfigId != null) return new AutoconfigSubscription(this.requestCtx).endpoint.subscribe(this.appId, this.autoconfigId, this.endpointIn);
		return endpoint.autoConfigDeprecated.update(this.appId, this.endpointId, { endpoint: this.endpointIn });
	}
	verify(payload, headers) {
		return this.webhook.verify(payload, headers);
	}
};
//#endregion
//#region src/models/pollerV2CommitIn.ts
const PollerV2CommitInSerializer = {
	_fromJsonObject(object) {
		return { offset: object["offset"] };
	},
	_toJsonObject(self) {
		return { offset: self.offset };
	}
};
//#endregion
//#region src/models/pollerV2MessageOut.ts
const PollerV2MessageOutSerializer = {
	_fromJsonObject(object) {
		return {
			offset: object["offset"],
			headers: object["headers"],
			eventId: object["eventId"],
			eventType: object["eventType"],
			payload: object["payload"],
			channels: object["channels"],
			id: object["id"],
			timestamp: new Date(object["timestamp"]),
			tags: object["tags"],
			deliverAt: object["deliverAt"] ? new Date(object["deliverAt"]) : null
		};
	},
	_toJsonObject(self) {
		return {
			offset: self.offset,
			headers: self.headers,
			eventId: self.eventId,
			eventType: self.eventType,
			payload: self.payload,
			channels: self.channels,
			id: self.id,
			timestamp: self.timestamp,
			tags: self.tags,
			deliverAt: self.deliverAt
		};
	}
};
//#endregion
//#region src/models/pollerV2PollOut.ts
const PollerV2PollOutSerializer = {
	_fromJsonObject(object) {
		return {
			data: object["data"].map((item) => PollerV2MessageOutSerializer._fromJsonObject(item)),
			done: object["done"]
		};
	},
	_toJsonObject(self) {
		return {
			data: self.data.map((item) => PollerV2MessageOutSerializer._toJsonObject(item)),
			done: self.done
		};
	}
};
//#endregion
//#region src/api_internal/messagePollerv2.ts
var MessagePollerv2 = class {
	requestCtx;
	constructor(requestCtx) {
		this.requestCtx = requestCtx;
	}
	/** Poll messages from a sink. */
	async consumerPoll(appId, sinkId, consumerId, options) {
		const request = new SvixRequest("GET", "/api/v1/app/{app_id}/polling-endpoint/{sink_id}/consumer/{consumer_id}");
		request.setPathParam("app_id", appId);
		request.setPathParam("sink_id", sinkId);
		request.setPathParam("consumer_id", consumerId);
		request.setQueryParams({
			limit: options?.limit,
			lease_duration_ms: options?.leaseDurationMs,
			starting_position: options?.startingPosition
		});
		return await request.send(this.requestCtx, PollerV2PollOutSerializer._fromJsonObject);
	}
	/** Ack a message offset for a sink's consumer. */
	async consumerCommit(appId, sinkId, consumerId, pollerV2CommitIn, options) {
		const request = new SvixRequest("POST", "/api/v1/app/{app_id}/polling-endpoint/{sink_id}/consumer/{consumer_id}/commit");
		request.setPathParam("app_id", appId);
		request.setPathParam("sink_id", sinkId);
		request.setPathParam("consumer_id", consumerId);
		request.setHeaderParam("idempotency-key", options?.idempotencyKey);
		request.setBody(PollerV2CommitInSerializer._toJsonObject(pollerV2CommitIn));
		return await request.sendNoResponseBody(this.requestCtx);
	}
};
//#endregion
//#region src/autoconfigConsumer.ts
var AutoConfigConsumer = class {
	appId;
	sinkIn;
	requestCtx;
	sinkId;
	autoconfigId;
	constructor(token, sinkIn) {
		const decoded = decodeAutoconfigToken(token);
		this.appId = decoded.content.aid;
		this.sinkIn = sinkIn;
		if (decoded.version === "v1") this.sinkId = decoded.content.eid;
		else this.autoconfigId = decoded.content.sid;
		const svix = new SvixInternal(decoded.content.tok, { serverUrl: decoded.content.surl });
		this.requestCtx = svix.getRequestCtx();
	}
	async subscribe() {
		const endpoint = new Endpoint(this.requestCtx);
		if (this.autoconfigId != null) {
			const destination = await new AutoconfigSubscription(this.requestCtx).destination.subscribe(this.appId, this.autoconfigId, sinkInCommonToPollingDestination(this.sinkIn));
			this.sinkId = destination.id;
			return destination;
		}
		return destinationOutFromV1Endpoint(await endpoint.autoConfigDeprecated.update(this.appId, this.sinkId, { sink: {
			type: "poller",
			config: this.sinkIn
		} }));
	}
	async getSinkId() {
		if (this.sinkId != null) return this.sinkId;
		const destId = (await new AutoconfigSubscription(this.requestCtx).get(this.appId, this.autoconfigId)).destId;
		if (destId == null) throw new Error("autoconfig subscription is pending. Have you called subscribe()?");
		return destId;
	}
	async receive(consumerId, options) {
		const sinkId = await this.getSinkId();
		return new MessagePollerv2(this.requestCtx).consumerPoll(this.appId, sinkId, consumerId, options);
	}
	async commit(consumerId, offset, options) {
		const sinkId = await this.getSinkId();
		return new MessagePollerv2(this.requestCtx).consumerCommit(this.appId, sinkId, consumerId, { offset }, options);
	}
};
function sinkInCommonToPollingDestination(sink) {
	return {
		type: "pollingEndpoint",
		eventTypes: sink.eventTypes ?? void 0,
		channels: sink.channels ?? void 0,
		metadata: sink.metadata,
		uid: sink.uid
	};
}
function destinationOutFromV1Endpoint(endpoint) {
	return {
		id: endpoint.id,
		uid: endpoint.uid,
		status: endpoint.disabled ? "disabled" : "enabled",
		currentIterator: "",
		createdAt: endpoint.createdAt,
		updatedAt: endpoint.updatedAt,
		batchSize: 0,
		maxWaitSecs: 0,
		eventTypes: endpoint.eventTypes ?? void 0,
		channels: endpoint.channels ?? void 0,
		metadata: endpoint.metadata,
		type: "pollingEndpoint",
		config: {}
	};
}
//#endregion
//#region src/index.ts
var Svix = class {
	requestCtx;
	constructor(token, options = {}) {
		this.requestCtx = createSvixRequestContext(token, options);
	}
	get application() {
		return new Application(this.requestCtx);
	}
	get authentication() {
		return new Authentication(this.requestCtx);
	}
	get autoconfigSubscription() {
		return new AutoconfigSubscription$1(this.requestCtx);
	}
	get backgroundTask() {
		return new BackgroundTask(this.requestCtx);
	}
	get connector() {
		return new Connector(this.requestCtx);
	}
	get destination() {
		return new Destination(this.requestCtx);
	}
	get endpoint() {
		return new Endpoint$1(this.requestCtx);
	}
	get environment() {
		return new Environment(this.requestCtx);
	}
	get eventType() {
		return new EventType(this.requestCtx);
	}
	get health() {
		return new Health(this.requestCtx);
	}
	get ingest() {
		return new Ingest(this.requestCtx);
	}
	get integration() {
		return new Integration(this.requestCtx);
	}
	get message() {
		return new Message(this.requestCtx);
	}
	get messageAttempt() {
		return new MessageAttempt(this.requestCtx);
	}
	get operationalWebhook() {
		return new OperationalWebhook(this.requestCtx);
	}
	get statistics() {
		return new Statistics(this.requestCtx);
	}
	get streaming() {
		return new Streaming(this.requestCtx);
	}
};
//#endregion


//# sourceMappingURL=index.mjs.map

/***/ })

};
